using Portal.Modules.Subscriptions.Contracts.Subscriptions;

namespace Portal.Modules.Subscriptions.Contracts.PlanChanges;

/// <summary>
/// Moves the subscription to <paramref name="ProductId"/> × <paramref name="Quantity"/> of its collection,
/// paying what the change costs now first (credits go to the customer's balance). A declined payment
/// leaves the plan as it was and answers <c>declined</c> with the gateway's code; the same plan answers
/// <c>unchanged</c> and charges nothing. <paramref name="ProrationMode"/> null uses the default.
/// With the customer present (<paramref name="ReturnUrl"/>, where their bank sends them back) a card that asks for
/// 3-D Secure answers <c>requires_customer_action</c>: the change waits, as quoted, for that payment. Until it settles,
/// asking for the same change again (or <paramref name="BackFromAuthentication"/>) settles that payment rather than
/// starting one, and another change is refused.
/// </summary>
public sealed record ChangeSubscriptionPlanCommand(
    BusinessId BusinessId,
    Mode Mode,
    string SubscriptionId,
    CustomerId? Customer,
    SubscriptionActor Actor,
    string ProductId,
    int Quantity,
    string? ProrationMode,
    string? ReturnUrl = null,
    bool BackFromAuthentication = false)
    : ICommand<PlanChangeResultDto>;
