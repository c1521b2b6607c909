using Portal.BuildingBlocks.Contracts.Messaging;

namespace Portal.Modules.Billing.Application.Payments.ListPayments;

/// <summary>
/// A business's payments in one mode, newest first, narrowed by Dodo's filters: one customer, subscription, status,
/// product (any of its lines), currency, and the creation time's bounds, both included.
/// </summary>
internal sealed record ListPaymentsQuery(
    BusinessId BusinessId,
    Mode Mode,
    string? CustomerId,
    string? SubscriptionId,
    string? Status,
    string? ProductId,
    string? Currency,
    DateTimeOffset? CreatedAtGte,
    DateTimeOffset? CreatedAtLte,
    int PageNumber,
    int PageSize) : IQuery<IReadOnlyList<PaymentDto>>, IPagedQuery, ICreationBoundedQuery;
