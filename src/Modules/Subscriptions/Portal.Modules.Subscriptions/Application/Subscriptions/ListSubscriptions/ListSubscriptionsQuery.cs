using Portal.BuildingBlocks.Contracts;
using Portal.BuildingBlocks.Contracts.Messaging;
using Portal.BuildingBlocks.Domain;

namespace Portal.Modules.Subscriptions.Application.Subscriptions.ListSubscriptions;

/// <summary>A business's subscriptions in one mode, newest first, optionally of one customer or in one status (<c>on_hold</c>…).</summary>
public sealed record ListSubscriptionsQuery(BusinessId BusinessId, Mode Mode, string? CustomerId, string? Status, int PageNumber, int PageSize)
    : IQuery<IReadOnlyList<SubscriptionDto>>;
