using Portal.Modules.Billing.Application.Abstractions;
using Portal.Modules.Billing.Contracts.PaymentMethods;

namespace Portal.Modules.Billing.Application.PaymentMethods.ExpiringCards;

internal sealed class ListExpiringCardsQueryHandler(IBillingDbContext db) : IQueryHandler<ListExpiringCardsQuery, IReadOnlyList<ExpiringCardDto>>
{
    public async Task<IReadOnlyList<ExpiringCardDto>> Handle(ListExpiringCardsQuery query, CancellationToken cancellationToken)
    {
        // A card works until its expiry month ends; 30 days ahead reach at most into next month.
        var thisMonth = (query.Now.Year * 12) + query.Now.Month - 1;
        var cards = await db.PaymentMethods.AsNoTracking()
            .Where(m => m.RemovedAt == null && m.ExpiryRemindedAt == null
                && (m.Card.ExpiryYear * 12) + m.Card.ExpiryMonth - 1 >= thisMonth && (m.Card.ExpiryYear * 12) + m.Card.ExpiryMonth - 1 <= thisMonth + 1)
            .Select(m => new { m.Id, m.BusinessId, m.Mode, m.CustomerId, m.IsDefault, m.Card })
            .ToListAsync(cancellationToken);
        return [.. cards
            .Where(c => c.Card.StopsWorkingAt() <= query.Now + ListExpiringCardsQuery.Within)
            .Select(c => new ExpiringCardDto(c.Id.Value, c.BusinessId, c.Mode, c.CustomerId, c.IsDefault))];
    }
}
