using Portal.BuildingBlocks.Application.Caching;
using Portal.Modules.Billing.Application.Abstractions;
using Portal.Modules.Billing.Contracts.PaymentMethods;

namespace Portal.Modules.Billing.Application.PaymentMethods.ListPaymentMethods;

internal sealed class ListPaymentMethodsQueryHandler(IBillingDbContext db, TimeProvider time, IAnswerValidity validity) : IQueryHandler<ListPaymentMethodsQuery, IReadOnlyList<PaymentMethodDto>>
{
    public async Task<IReadOnlyList<PaymentMethodDto>> Handle(ListPaymentMethodsQuery query, CancellationToken cancellationToken)
    {
        var methods = await db.PaymentMethods.AsNoTracking()
            .Where(m => m.BusinessId == query.BusinessId && m.Mode == query.Mode && m.CustomerId == query.CustomerId && m.RemovedAt == null)
            .OrderByDescending(m => m.IsDefault).ThenByDescending(m => m.CreatedAt)
            .ToListAsync(cancellationToken);
        var now = time.GetUtcNow();
        // A card expires when its month ends (UTC): the badges hold until the next month begins.
        validity.Until(new DateTimeOffset(now.Year, now.Month, 1, 0, 0, 0, TimeSpan.Zero).AddMonths(1));
        return [.. methods.Select(m => new PaymentMethodDto(
            m.Id.Value, m.Card.Brand, m.Card.LastFour, m.Card.ExpiryMonth, m.Card.ExpiryYear, m.IsDefault, m.Card.IsExpiredAt(now), m.CreatedAt))];
    }
}
