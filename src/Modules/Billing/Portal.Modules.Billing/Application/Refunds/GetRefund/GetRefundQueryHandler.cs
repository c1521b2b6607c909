using Portal.Modules.Billing.Application.Abstractions;
using Portal.Modules.Billing.Application.Refunds;
using Portal.Modules.Billing.Contracts.Refunds;

namespace Portal.Modules.Billing.Application.Refunds.GetRefund;

internal sealed class GetRefundQueryHandler(IBillingDbContext db) : IQueryHandler<GetRefundQuery, RefundDto>
{
    public async Task<RefundDto> Handle(GetRefundQuery query, CancellationToken cancellationToken)
    {
        var refund = PrefixedId.TryParse<RefundId>(query.RefundId, out var id)
            ? await db.Refunds.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id && r.BusinessId == query.BusinessId && r.Mode == query.Mode, cancellationToken)
            : null;
        if (refund is null)
        {
            throw new DomainException(Error.NotFound("Refund not found."));
        }

        var paymentTotal = await db.Payments.Where(p => p.Id == refund.PaymentId).Select(p => p.Total).SingleAsync(cancellationToken);
        return RefundSettlement.ToDto(refund, paymentTotal);
    }
}
