namespace Portal.Modules.Subscriptions.Contracts.PlanChanges;

/// <summary>
/// What changing to <paramref name="ProductId"/> × <paramref name="Quantity"/> would charge or credit now,
/// and the next renewal; nothing changes. <paramref name="ProrationMode"/> null uses the business's
/// (or the collection's) default. <paramref name="Customer"/> scopes the lookup to a portal session's customer.
/// </summary>
public sealed record PreviewPlanChangeQuery(
    BusinessId BusinessId, Mode Mode, string SubscriptionId, CustomerId? Customer, string ProductId, int Quantity, string? ProrationMode)
    : IQuery<PlanChangePreviewDto>;
