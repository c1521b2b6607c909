using Portal.BuildingBlocks.Contracts;
using Portal.BuildingBlocks.Contracts.Messaging;
using Portal.BuildingBlocks.Domain;

namespace Portal.Modules.Subscriptions.Application.Subscriptions.GetSubscription;

/// <summary>One subscription; <paramref name="Customer"/> scopes it to a portal session's customer (anyone else's → 404).</summary>
public sealed record GetSubscriptionQuery(BusinessId BusinessId, Mode Mode, string SubscriptionId, CustomerId? Customer) : IQuery<SubscriptionDto>;
