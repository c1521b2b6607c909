using Portal.Modules.Billing.Application.Abstractions;

namespace Portal.Modules.Billing.Application.Payments.GetPayment;

/// <summary>The payments as the retrieve reads each (<see cref="PaymentReader"/>: three round trips however many).</summary>
internal sealed class GetPaymentsQueryHandler(IBillingDbContext db, PaymentReader reader) : IQueryHandler<GetPaymentsQuery, IReadOnlyList<PaymentDto>>
{
    public Task<IReadOnlyList<PaymentDto>> Handle(GetPaymentsQuery query, CancellationToken cancellationToken)
    {
        var ids = query.PaymentIds
            .Select(id => PrefixedId.TryParse<PaymentId>(id, out var paymentId) ? paymentId : (PaymentId?)null)
            .OfType<PaymentId>()
            .Distinct()
            .ToList();
        return reader.ReadAsync(
            query.BusinessId, query.Mode, db.Payments.Where(p => ids.Contains(p.Id) && p.BusinessId == query.BusinessId && p.Mode == query.Mode), cancellationToken);
    }
}
