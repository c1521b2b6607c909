namespace Portal.Modules.Subscriptions.Contracts.PlanChanges;

/// <summary>
/// The other plans a subscription can move to: the recurring products on sale of its collection, in tier
/// order, each marked upgrade or downgrade. Empty when the business does not allow updates, the
/// subscription is not active or its product is in no collection. Scoped and cached like
/// <see cref="Subscriptions.GetSubscription.GetSubscriptionQuery"/>; a change to the business's products,
/// collections or plan-change policy ends it too.
/// </summary>
public sealed record ListPlanOptionsQuery(BusinessId BusinessId, Mode Mode, string SubscriptionId, CustomerId? Customer) : ICachedQuery<IReadOnlyList<PlanOptionDto>>
{
    public ReadScope? ReadScope => Customer is { } customer ? ReadScope.Customer(BusinessId, Mode, customer) : null;
}

/// <summary>One plan to move to: its price per period before tax (one unit) and whether it is an upgrade.</summary>
public sealed record PlanOptionDto(string ProductId, string Name, string? Description, long Price, string Currency, int TaxRateBasisPoints, IntervalUnit IntervalUnit, int IntervalCount, bool IsUpgrade);
