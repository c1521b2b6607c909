namespace Portal.Modules.Subscriptions.Contracts.Subscriptions;

/// <summary>
/// Makes the subscription charge another saved method of its customer. An active one only changes its
/// method. An on-hold one first pays its dues with the new method, through the same charge as the dues
/// collection job (same key, same row lock): paid → active again with the new method; declined → still on
/// hold with its old method, and the answer says why (<see cref="PaymentMethodChangeDto.DuesPayment"/>).
/// Ended subscriptions are refused (409). With a <paramref name="ReturnUrl"/> the customer is present (the
/// portal): when their bank asks them to authenticate the dues payment (3-D Secure), the answer says where to
/// send them (<c>requires_customer_action</c>), and their bank sends them back to that URL, where the same
/// command with <paramref name="BackFromAuthentication"/> settles that payment and never starts another (404
/// when none was started).
/// </summary>
public sealed record ChangeSubscriptionPaymentMethodCommand(
    BusinessId BusinessId,
    Mode Mode,
    string SubscriptionId,
    CustomerId? Customer,
    SubscriptionActor Actor,
    string PaymentMethodId,
    string? ReturnUrl = null,
    bool BackFromAuthentication = false) : ICommand<PaymentMethodChangeDto>;
