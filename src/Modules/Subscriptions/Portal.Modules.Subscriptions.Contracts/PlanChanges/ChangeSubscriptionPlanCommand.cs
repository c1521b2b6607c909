using Portal.Modules.Subscriptions.Contracts.Subscriptions;

namespace Portal.Modules.Subscriptions.Contracts.PlanChanges;

/// <summary>
/// Moves the subscription to <paramref name="ProductId"/> × <paramref name="Quantity"/> of its collection,
/// paying what the change costs now first (credits go to the customer's balance). A declined payment
/// leaves the plan as it was and answers <c>declined</c> with the gateway's code; the same plan answers
/// <c>unchanged</c> and charges nothing. <paramref name="ProrationMode"/> null uses the default.
/// </summary>
public sealed record ChangeSubscriptionPlanCommand(
    BusinessId BusinessId, Mode Mode, string SubscriptionId, CustomerId? Customer, SubscriptionActor Actor, string ProductId, int Quantity, string? ProrationMode)
    : ICommand<PlanChangeResultDto>;
