using Portal.Modules.Billing.Application.Abstractions;
using Portal.Modules.Billing.Contracts.PaymentMethods;

namespace Portal.Modules.Billing.Application.PaymentMethods.ResolvePaymentMethod;

internal sealed class ResolvePaymentMethodQueryHandler(IBillingDbContext db) : IQueryHandler<ResolvePaymentMethodQuery, string>
{
    public async Task<string> Handle(ResolvePaymentMethodQuery query, CancellationToken cancellationToken)
    {
        if (!PrefixedId.TryParse<BusinessId>(query.BusinessId, out var businessId) || !PrefixedId.TryParse<CustomerId>(query.CustomerId, out var customerId))
        {
            throw new DomainException(Error.NotFound("Customer not found."));
        }

        var method = await ChargeablePaymentMethod.FindAsync(db, businessId, query.Mode, customerId, query.PaymentMethodId, cancellationToken);
        return method.Id.Value;
    }
}
