using Portal.BuildingBlocks.Contracts.Messaging;

namespace Portal.Modules.Billing.Application.Payments.ListPayments;

/// <summary>A business's payments in one mode, newest first, optionally for one customer, subscription or status.</summary>
internal sealed record ListPaymentsQuery(
    BusinessId BusinessId, Mode Mode, string? CustomerId, string? SubscriptionId, string? Status, int PageNumber, int PageSize) : IQuery<IReadOnlyList<PaymentDto>>, IPagedQuery;
