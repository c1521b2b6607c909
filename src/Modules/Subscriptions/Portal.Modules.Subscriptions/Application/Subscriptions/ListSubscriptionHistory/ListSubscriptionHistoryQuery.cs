using Portal.BuildingBlocks.Contracts;
using Portal.BuildingBlocks.Contracts.Messaging;
using Portal.BuildingBlocks.Domain;

namespace Portal.Modules.Subscriptions.Application.Subscriptions.ListSubscriptionHistory;

/// <summary>A subscription's history, newest first; scoped like <see cref="GetSubscription.GetSubscriptionQuery"/>.</summary>
public sealed record ListSubscriptionHistoryQuery(BusinessId BusinessId, Mode Mode, string SubscriptionId, CustomerId? Customer)
    : IQuery<IReadOnlyList<SubscriptionTransitionDto>>;
