using Portal.Modules.Billing.Contracts.PaymentMethods;
using Portal.Modules.Subscriptions.Application.Abstractions;

namespace Portal.Modules.Subscriptions.Application.Subscriptions.RemindExpiringCards;

/// <summary>
/// Billing names the cards about to expire that no one was told of; of those, the ones paying an active subscription
/// that will renew are announced through Billing, which claims each card's one reminder.
/// </summary>
internal sealed class RemindExpiringCardsCommandHandler(ISubscriptionsDbContext db, ISender sender, TimeProvider time) : ICommandHandler<RemindExpiringCardsCommand, int>
{
    public async Task<int> Handle(RemindExpiringCardsCommand command, CancellationToken cancellationToken)
    {
        var cards = await sender.QueryAsync(new ListExpiringCardsQuery(time.GetUtcNow()), cancellationToken);
        var announced = 0;
        foreach (var ofCustomer in cards.GroupBy(c => (c.BusinessId, c.Mode, c.CustomerId)))
        {
            var (business, mode, customer) = ofCustomer.Key;
            var renewing = await db.Subscriptions.AsNoTracking()
                .Where(s => s.BusinessId == business && s.Mode == mode && s.CustomerId == customer && s.Status == SubscriptionStatus.Active && !s.CancelAtNextBillingDate)
                .Join(db.Products, s => s.ProductId, p => p.Id, (s, p) => new { s.PaymentMethodId, p.Name })
                .ToListAsync(cancellationToken);
            foreach (var card in ofCustomer)
            {
                var pays = renewing.Where(s => s.PaymentMethodId == card.PaymentMethodId || (s.PaymentMethodId == null && card.IsDefault)).Select(s => s.Name).Distinct().ToList();
                if (pays.Count > 0 && await sender.SendAsync(new RemindCardExpiringCommand(business, mode, card.PaymentMethodId, pays), cancellationToken))
                {
                    announced++;
                }
            }
        }

        return announced;
    }
}
