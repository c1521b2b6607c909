using Portal.BuildingBlocks.Application.Email;
using Portal.BuildingBlocks.Application;
using Portal.Modules.Identity.Contracts.Customers;
using Portal.Modules.Subscriptions.Application.Abstractions;

namespace Portal.Modules.Subscriptions.Application.Subscriptions.SendSubscriptionEmails;

/// <summary>Emails the customer that their plan changed, once per change (the inbox makes a redelivery a no-op), with a one-time link to the subscription's page.</summary>
[MessageName("subscriptions.send_plan_changed_email")]
internal sealed class SubscriptionPlanChangedIntegrationEventHandler(ISubscriptionsDbContext db, ISender sender, IEmailQueue emails, IPortalLinks urls)
    : IIntegrationEventHandler<SubscriptionPlanChangedIntegrationEvent>
{
    public async Task HandleAsync(SubscriptionPlanChangedIntegrationEvent e, CancellationToken cancellationToken)
    {
        var contacts = await sender.QueryAsync(new GetCustomerContactsQuery(e.BusinessId, e.Mode, [e.CustomerId]), cancellationToken);
        if (!contacts.TryGetValue(e.CustomerId, out var contact))
        {
            return;
        }

        var productIds = new[] { ProductId.FromTrusted(e.FromProductId), ProductId.FromTrusted(e.ToProductId) };
        var names = await db.Products.AsNoTracking().Where(p => productIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id.Value, p => p.Name, cancellationToken);
        var currency = Currency.Of(e.Currency);
        var facts = new PlanChangeFacts(
            names.GetValueOrDefault(e.FromProductId, e.FromProductId), names.GetValueOrDefault(e.ToProductId, e.ToProductId),
            new Money(e.Charged, currency), new Money(e.Credited, currency), e.NextBillingDate, new Money(e.NextRenewalAmount, currency));
        var link = await sender.SendAsync(
            new CreateSignInLinkCommand(e.BusinessId, e.Mode, e.CustomerId, urls.SubscriptionLanding(e.SubscriptionId), OrStaticLink: true), cancellationToken);
        emails.Enqueue(SubscriptionEmail.PlanChanged(facts, contact, link));
    }
}
