namespace Portal.Modules.Subscriptions.Contracts.Subscriptions;

/// <summary>
/// Makes the subscription charge another saved method of its customer. An active one only changes its
/// method. An on-hold one first pays its dues with the new method, through the same charge as the dues
/// collection job (same key, same row lock): paid → active again with the new method; declined → still on
/// hold with its old method, and the answer says why (<see cref="PaymentMethodChangeDto.DuesPayment"/>).
/// Ended subscriptions are refused (409).
/// </summary>
public sealed record ChangeSubscriptionPaymentMethodCommand(
    BusinessId BusinessId, Mode Mode, string SubscriptionId, CustomerId? Customer, SubscriptionActor Actor, string PaymentMethodId) : ICommand<PaymentMethodChangeDto>;
