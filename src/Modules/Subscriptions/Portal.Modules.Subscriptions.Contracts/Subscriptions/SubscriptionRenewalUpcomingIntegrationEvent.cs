namespace Portal.Modules.Subscriptions.Contracts.Subscriptions;

/// <summary>A subscription billed yearly or longer renews on <see cref="RenewsOn"/>, within 7 days; announced once per period.</summary>
[MessageName("subscriptions.renewal_upcoming")]
public sealed record SubscriptionRenewalUpcomingIntegrationEvent(
    Guid EventId,
    DateTimeOffset OccurredOnUtc,
    string SubscriptionId,
    string BusinessId,
    Mode Mode,
    string CustomerId,
    DateTimeOffset RenewsOn) : IntegrationEvent(EventId, OccurredOnUtc);
