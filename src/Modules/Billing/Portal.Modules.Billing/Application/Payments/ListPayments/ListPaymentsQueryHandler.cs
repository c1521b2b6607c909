using Portal.BuildingBlocks.Application.Paging;
using Portal.Modules.Billing.Application.Abstractions;

namespace Portal.Modules.Billing.Application.Payments.ListPayments;

internal sealed class ListPaymentsQueryHandler(IBillingDbContext db, PaymentReader reader) : IQueryHandler<ListPaymentsQuery, IReadOnlyList<PaymentDto>>
{
    public async Task<IReadOnlyList<PaymentDto>> Handle(ListPaymentsQuery query, CancellationToken cancellationToken)
    {
        var payments = (query.ProductId is { } productId ? db.PaymentsWithProduct(productId) : db.Payments)
            .Where(p => p.BusinessId == query.BusinessId && p.Mode == query.Mode);
        if (query.CustomerId is not null)
        {
            // A malformed id matches nothing: an empty page, as for any unknown customer.
            var customerId = PrefixedId.TryParse<CustomerId>(query.CustomerId, out var id) ? id : default;
            payments = payments.Where(p => p.CustomerId == customerId);
        }

        if (query.SubscriptionId is not null)
        {
            payments = payments.Where(p => p.SubscriptionId == query.SubscriptionId);
        }

        if (PaymentStatusText.Parse(query.Status) is { } status)
        {
            payments = payments.Where(p => p.Status == status);
        }

        if (query.Currency is { } code)
        {
            var currency = Currency.Of(code);
            payments = payments.Where(p => p.Currency == currency);
        }

        if (query.CreatedAtGte is { } from)
        {
            payments = payments.Where(p => p.CreatedAt >= from);
        }

        if (query.CreatedAtLte is { } to)
        {
            payments = payments.Where(p => p.CreatedAt <= to);
        }

        var page = payments.OrderByDescending(p => p.CreatedAt).ThenByDescending(p => p.Id).Page(query);
        return await reader.ReadAsync(query.BusinessId, query.Mode, page, cancellationToken);
    }
}
