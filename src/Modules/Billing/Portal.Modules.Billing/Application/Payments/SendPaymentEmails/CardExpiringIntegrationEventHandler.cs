using Portal.BuildingBlocks.Application;
using Portal.BuildingBlocks.Application.Email;
using Portal.Modules.Billing.Application.Abstractions;
using Portal.Modules.Billing.Application.PaymentMethods;
using Portal.Modules.Billing.Contracts.PaymentMethods;
using Portal.Modules.Identity.Contracts.Businesses;
using Portal.Modules.Identity.Contracts.Customers;

namespace Portal.Modules.Billing.Application.Payments.SendPaymentEmails;

/// <summary>
/// Emails the card-expiry reminder once per card (the inbox makes a redelivered event a no-op), signing the customer in on
/// their cards; not when the card was removed since, nor when the business turned the email off.
/// </summary>
[MessageName("billing.send_card_expiring_email")]
internal sealed class CardExpiringIntegrationEventHandler(IBillingDbContext db, CustomerGuard customers, IEmailQueue emails, ISender sender, IPortalLinks urls)
    : IIntegrationEventHandler<CardExpiringIntegrationEvent>
{
    public async Task HandleAsync(CardExpiringIntegrationEvent e, CancellationToken cancellationToken)
    {
        var card = await db.PaymentMethods.AsNoTracking().SingleAsync(m => m.Id == PaymentMethodId.FromTrusted(e.PaymentMethodId), cancellationToken);
        if (card.RemovedAt is not null)
        {
            return;
        }

        var contact = await customers.EnsureExistsAsync(card.BusinessId, card.Mode, card.CustomerId, cancellationToken);
        if (!contact.Sends(OptionalEmail.CardExpiring))
        {
            return;
        }

        var link = await sender.SendAsync(new CreateSignInLinkCommand(e.BusinessId, e.Mode, e.CustomerId, urls.CardsLanding, OrStaticLink: true), cancellationToken);
        emails.Enqueue(PaymentEmail.CardExpiring(card.Card.Brand, card.Card.LastFour, card.Card.ExpiryMonth, card.Card.ExpiryYear, e.ProductNames, contact, link));
    }
}
