using Portal.BuildingBlocks.Application.Email;
using Portal.BuildingBlocks.Application;
using Portal.Modules.Identity.Contracts.Businesses;
using Portal.Modules.Identity.Contracts.Customers;
using Portal.Modules.Subscriptions.Application.Abstractions;

namespace Portal.Modules.Subscriptions.Application.Subscriptions.SendSubscriptionEmails;

/// <summary>
/// Tells the customer of a yearly plan's renewal a week ahead, once per announcement (the inbox makes a redelivery a
/// no-op), signing them in on the subscription; not when the business turned it off, nor when the subscription no longer
/// renews on that day (cancelled, changed or renewed early since).
/// </summary>
[MessageName("subscriptions.send_renewal_upcoming_email")]
internal sealed class SubscriptionRenewalUpcomingIntegrationEventHandler(ISubscriptionsDbContext db, ISender sender, IEmailQueue emails, IPortalLinks urls)
    : IIntegrationEventHandler<SubscriptionRenewalUpcomingIntegrationEvent>
{
    public async Task HandleAsync(SubscriptionRenewalUpcomingIntegrationEvent e, CancellationToken cancellationToken)
    {
        var id = SubscriptionId.FromTrusted(e.SubscriptionId);
        var subscription = await db.Subscriptions.AsNoTracking().SingleAsync(s => s.Id == id, cancellationToken);
        if (subscription.Status != SubscriptionStatus.Active || subscription.CancelAtNextBillingDate || subscription.CurrentPeriodEnd != e.RenewsOn)
        {
            return;
        }

        var contacts = await sender.QueryAsync(new GetCustomerContactsQuery(e.BusinessId, e.Mode, [e.CustomerId]), cancellationToken);
        if (!contacts.TryGetValue(e.CustomerId, out var contact) || !contact.Sends(OptionalEmail.RenewalUpcoming))
        {
            return;
        }

        var productName = await db.Products.AsNoTracking().Where(p => p.Id == subscription.ProductId).Select(p => p.Name).SingleAsync(cancellationToken);
        var link = await sender.SendAsync(
            new CreateSignInLinkCommand(e.BusinessId, e.Mode, e.CustomerId, urls.SubscriptionLanding(e.SubscriptionId), OrStaticLink: true), cancellationToken);
        emails.Enqueue(SubscriptionEmail.RenewalUpcoming(
            new SubscriptionFacts(productName, subscription.DuesTotal, subscription.CurrentPeriodEnd, subscription.CurrentPeriodEnd), subscription.RenewalTotal, contact, link));
    }
}
