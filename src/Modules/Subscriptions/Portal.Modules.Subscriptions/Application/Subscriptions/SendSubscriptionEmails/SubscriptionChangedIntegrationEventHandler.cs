using Portal.BuildingBlocks.Application.Email;
using Portal.BuildingBlocks.Application;
using Portal.Modules.Identity.Contracts.Customers;
using Portal.Modules.Subscriptions.Application.Abstractions;

namespace Portal.Modules.Subscriptions.Application.Subscriptions.SendSubscriptionEmails;

/// <summary>Emails the customer about the changes they must know of, once per change (the inbox makes a redelivery a no-op).</summary>
[MessageName("subscriptions.send_subscription_changed_email")]
internal sealed class SubscriptionChangedIntegrationEventHandler(ISubscriptionsDbContext db, ISender sender, IEmailQueue emails, IPortalLinks urls)
    : IIntegrationEventHandler<SubscriptionChangedIntegrationEvent>
{
    public async Task HandleAsync(SubscriptionChangedIntegrationEvent e, CancellationToken cancellationToken)
    {
        if (e.Change is not (SubscriptionChange.PutOnHold or SubscriptionChange.DuesAttemptFailed or SubscriptionChange.Reactivated
            or SubscriptionChange.Cancelled or SubscriptionChange.CancellationScheduled))
        {
            return;
        }

        var id = SubscriptionId.FromTrusted(e.SubscriptionId);
        var subscription = await db.Subscriptions.AsNoTracking().SingleAsync(s => s.Id == id, cancellationToken);
        var productName = await db.Products.AsNoTracking().Where(p => p.Id == subscription.ProductId).Select(p => p.Name).SingleAsync(cancellationToken);
        var contacts = await sender.QueryAsync(new GetCustomerContactsQuery(e.BusinessId, e.Mode, [e.CustomerId]), cancellationToken);
        if (!contacts.TryGetValue(e.CustomerId, out var contact))
        {
            return;
        }

        var facts = new SubscriptionFacts(productName, subscription.DuesTotal, subscription.CurrentPeriodEnd, e.AccessEndsAt);
        var portal = urls.StaticLink(e.Mode, subscription.BusinessId);
        var message = e.Change switch
        {
            // A customer whose own attempt was declined is on the page that says so and offers another method.
            SubscriptionChange.DuesAttemptFailed when e.Actor == SubscriptionActor.Customer => null,
            SubscriptionChange.PutOnHold or SubscriptionChange.DuesAttemptFailed when e.ToStatus == SubscriptionStatus.OnHold =>
                SubscriptionEmail.OnHold(facts, contact, await FixLinkAsync(e, portal, cancellationToken), ConfirmsPayment(e)),
            SubscriptionChange.Reactivated => SubscriptionEmail.Reactivated(facts, contact, portal),
            SubscriptionChange.Cancelled => SubscriptionEmail.Cancelled(facts, contact, portal, duesUnpaid: e.Reason == "dues_unpaid"),
            SubscriptionChange.CancellationScheduled => SubscriptionEmail.CancellationScheduled(facts, contact, portal),
            _ => null,
        };
        if (message is not null)
        {
            emails.Enqueue(message);
        }
    }

    /// <summary>The customer's bank asked them to authenticate the payment: they confirm it with the same card (3-D Secure, ADR 0027).</summary>
    private static bool ConfirmsPayment(SubscriptionChangedIntegrationEvent e) => e.Reason == "authentication_required";

    /// <summary>
    /// A one-time link that signs the customer in on the subscription's page, where the payment method is fixed, or
    /// straight on its payment-method page, the current card chosen, to confirm a payment their bank asks about; the
    /// static link when none can be made.
    /// </summary>
    private async Task<string> FixLinkAsync(SubscriptionChangedIntegrationEvent e, string fallback, CancellationToken cancellationToken)
    {
        var landing = ConfirmsPayment(e) ? urls.PaymentMethodLanding(e.SubscriptionId) : urls.SubscriptionLanding(e.SubscriptionId);
        try
        {
            return await sender.SendAsync(new CreateSignInLinkCommand(e.BusinessId, e.Mode, e.CustomerId, landing), cancellationToken);
        }
        catch (DomainException)
        {
            // A blocked customer or a closed portal: no sign-in link, the static link explains.
            return fallback;
        }
    }
}
