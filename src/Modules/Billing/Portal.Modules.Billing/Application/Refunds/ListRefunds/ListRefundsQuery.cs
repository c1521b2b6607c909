using Portal.BuildingBlocks.Contracts.Messaging;
using Portal.Modules.Billing.Contracts.Refunds;

namespace Portal.Modules.Billing.Application.Refunds.ListRefunds;

/// <summary>
/// A business's refunds in one mode, newest first (the API's <c>refunds.list</c>), narrowed by Dodo's filters: one
/// customer, one subscription (refunds of its payments), a status (<c>succeeded|failed|pending</c>), and the creation
/// time's bounds, both included.
/// </summary>
internal sealed record ListRefundsQuery(
    BusinessId BusinessId,
    Mode Mode,
    string? CustomerId,
    string? SubscriptionId,
    string? Status,
    DateTimeOffset? CreatedAtGte,
    DateTimeOffset? CreatedAtLte,
    int PageNumber,
    int PageSize) : IQuery<IReadOnlyList<RefundDto>>, IPagedQuery, ICreationBoundedQuery;
