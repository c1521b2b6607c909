using Portal.BuildingBlocks.Application.Paging;
using Portal.Modules.Billing.Application.Abstractions;
using Portal.Modules.Billing.Contracts.Refunds;

namespace Portal.Modules.Billing.Application.Refunds.ListRefunds;

internal sealed class ListRefundsQueryHandler(IBillingDbContext db) : IQueryHandler<ListRefundsQuery, IReadOnlyList<RefundDto>>
{
    public async Task<IReadOnlyList<RefundDto>> Handle(ListRefundsQuery query, CancellationToken cancellationToken)
    {
        var refunds = db.Refunds.AsNoTracking().Where(r => r.BusinessId == query.BusinessId && r.Mode == query.Mode);
        if (query.CustomerId is not null)
        {
            // A malformed id matches nothing: an empty page, as for any unknown customer.
            var customerId = PrefixedId.TryParse<CustomerId>(query.CustomerId, out var id) ? id : default;
            refunds = refunds.Where(r => r.CustomerId == customerId);
        }

        if (query.SubscriptionId is not null)
        {
            refunds = refunds.Where(r => db.Payments.Any(p => p.Id == r.PaymentId && p.SubscriptionId == query.SubscriptionId));
        }

        if (RefundStatusText.Parse(query.Status) is { } status)
        {
            refunds = status == PaymentStatus.Processing
                ? refunds.Where(r => r.Status != PaymentStatus.Succeeded && r.Status != PaymentStatus.Failed)
                : refunds.Where(r => r.Status == status);
        }

        if (query.CreatedAtGte is { } from)
        {
            refunds = refunds.Where(r => r.CreatedAt >= from);
        }

        if (query.CreatedAtLte is { } to)
        {
            refunds = refunds.Where(r => r.CreatedAt <= to);
        }

        var page = await refunds
            .OrderByDescending(r => r.CreatedAt).ThenByDescending(r => r.Id)
            .Page(query)
            .Join(db.Payments, r => r.PaymentId, p => p.Id, (r, p) => new { Refund = r, PaymentTotal = p.Total })
            .ToListAsync(cancellationToken);
        return [.. page.Select(row => RefundSettlement.ToDto(row.Refund, row.PaymentTotal))];
    }
}
