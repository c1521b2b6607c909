using Portal.Modules.Billing.Application.Abstractions;

namespace Portal.Modules.Billing.Application.Payments.GetPayment;

internal sealed class GetPaymentQueryHandler(IBillingDbContext db, PaymentReader reader) : IQueryHandler<GetPaymentQuery, PaymentDto>
{
    public async Task<PaymentDto> Handle(GetPaymentQuery query, CancellationToken cancellationToken)
    {
        if (!PrefixedId.TryParse<PaymentId>(query.PaymentId, out var paymentId))
        {
            throw new DomainException(Error.NotFound("Payment not found."));
        }

        var found = await reader.ReadAsync(
            query.BusinessId, query.Mode, db.Payments.Where(p => p.Id == paymentId && p.BusinessId == query.BusinessId && p.Mode == query.Mode), cancellationToken);
        return found.Count == 1 ? found[0] : throw new DomainException(Error.NotFound("Payment not found."));
    }
}
