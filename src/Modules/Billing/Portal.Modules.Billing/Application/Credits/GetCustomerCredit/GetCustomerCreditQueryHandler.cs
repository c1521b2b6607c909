using Portal.Modules.Billing.Application.Abstractions;
using Portal.Modules.Billing.Contracts.Credits;

namespace Portal.Modules.Billing.Application.Credits.GetCustomerCredit;

internal sealed class GetCustomerCreditQueryHandler(IBillingDbContext db) : IQueryHandler<GetCustomerCreditQuery, IReadOnlyList<CustomerCreditBalance>>
{
    public async Task<IReadOnlyList<CustomerCreditBalance>> Handle(GetCustomerCreditQuery query, CancellationToken cancellationToken)
    {
        if (!PrefixedId.TryParse<BusinessId>(query.BusinessId, out var businessId) || !PrefixedId.TryParse<CustomerId>(query.CustomerId, out var customerId))
        {
            return [];
        }

        var sums = await db.CreditEntries.AsNoTracking()
            .Where(e => e.BusinessId == businessId && e.Mode == query.Mode && e.CustomerId == customerId)
            .GroupBy(e => e.Currency)
            .Select(g => new { Currency = g.Key, Amount = g.Sum(e => e.Amount) })
            .ToListAsync(cancellationToken);
        return [.. sums.Where(s => s.Amount > 0).OrderBy(s => s.Currency.Code).Select(s => new CustomerCreditBalance(s.Currency.Code, s.Amount))];
    }
}
