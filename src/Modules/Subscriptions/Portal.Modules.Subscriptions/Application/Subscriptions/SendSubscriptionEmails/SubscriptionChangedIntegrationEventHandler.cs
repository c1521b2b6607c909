using Portal.BuildingBlocks.Application.Email;
using Portal.BuildingBlocks.Application;
using Portal.Modules.Billing.Contracts.PaymentMethods;
using Portal.Modules.Identity.Contracts.Businesses;
using Portal.Modules.Identity.Contracts.Customers;
using Portal.Modules.Subscriptions.Application.Abstractions;

namespace Portal.Modules.Subscriptions.Application.Subscriptions.SendSubscriptionEmails;

/// <summary>
/// Emails the customer about the changes they must know of, once per change (the inbox makes a redelivery a no-op), each
/// with a one-time link that signs them in on the subscription's page.
/// </summary>
[MessageName("subscriptions.send_subscription_changed_email")]
internal sealed class SubscriptionChangedIntegrationEventHandler(ISubscriptionsDbContext db, ISender sender, IEmailQueue emails, IPortalLinks urls)
    : IIntegrationEventHandler<SubscriptionChangedIntegrationEvent>
{
    public async Task HandleAsync(SubscriptionChangedIntegrationEvent e, CancellationToken cancellationToken)
    {
        if (e.Change is not (SubscriptionChange.PutOnHold or SubscriptionChange.DuesAttemptFailed or SubscriptionChange.Reactivated
            or SubscriptionChange.Cancelled or SubscriptionChange.CancellationScheduled or SubscriptionChange.CancellationUndone or SubscriptionChange.PaymentMethodChanged))
        {
            return;
        }

        var id = SubscriptionId.FromTrusted(e.SubscriptionId);
        var subscription = await db.Subscriptions.AsNoTracking().SingleAsync(s => s.Id == id, cancellationToken);
        var productName = await db.Products.AsNoTracking().Where(p => p.Id == subscription.ProductId).Select(p => p.Name).SingleAsync(cancellationToken);
        var contacts = await sender.QueryAsync(new GetCustomerContactsQuery(e.BusinessId, e.Mode, [e.CustomerId]), cancellationToken);
        if (!contacts.TryGetValue(e.CustomerId, out var contact) || OptionalEmailOf(e.Change) is { } optional && !contact.Sends(optional))
        {
            return;
        }

        var facts = new SubscriptionFacts(productName, subscription.DuesTotal, subscription.CurrentPeriodEnd, e.AccessEndsAt);
        var message = e.Change switch
        {
            // A customer whose own attempt was declined is on the page that says so and offers another method.
            SubscriptionChange.DuesAttemptFailed when e.Actor == SubscriptionActor.Customer => null,
            SubscriptionChange.PutOnHold or SubscriptionChange.DuesAttemptFailed when e.ToStatus == SubscriptionStatus.OnHold =>
                SubscriptionEmail.OnHold(facts, contact, await SignInLinkAsync(e, FixLanding(e), cancellationToken), ConfirmsPayment(e)),
            SubscriptionChange.Reactivated => SubscriptionEmail.Reactivated(facts, contact, await SignInLinkAsync(e, urls.SubscriptionLanding(e.SubscriptionId), cancellationToken)),
            SubscriptionChange.Cancelled => SubscriptionEmail.Cancelled(
                facts, contact, await SignInLinkAsync(e, urls.SubscriptionLanding(e.SubscriptionId), cancellationToken), duesUnpaid: e.Reason == "dues_unpaid"),
            SubscriptionChange.CancellationScheduled =>
                SubscriptionEmail.CancellationScheduled(facts, contact, await SignInLinkAsync(e, urls.SubscriptionLanding(e.SubscriptionId), cancellationToken)),
            SubscriptionChange.CancellationUndone =>
                SubscriptionEmail.CancellationUndone(facts, contact, await SignInLinkAsync(e, urls.SubscriptionLanding(e.SubscriptionId), cancellationToken)),
            // A card that just paid the dues: the reactivation email tells of it.
            SubscriptionChange.PaymentMethodChanged when e.Reason != Domain.Subscriptions.Subscription.DuesPaidWithTheCard
                && await PayingCardAsync(subscription, cancellationToken) is { } card =>
                SubscriptionEmail.PaymentMethodChanged(
                    facts, contact, await SignInLinkAsync(e, urls.SubscriptionLanding(e.SubscriptionId), cancellationToken), CardBrand.Display(card.Brand), card.LastFour),
            _ => null,
        };
        if (message is not null)
        {
            emails.Enqueue(message);
        }
    }

    /// <summary>The emails of these changes a business may turn off (admin <i>Settings → Emails</i>); the others are always sent.</summary>
    private static OptionalEmail? OptionalEmailOf(SubscriptionChange change) => change switch
    {
        SubscriptionChange.CancellationUndone => OptionalEmail.CancellationUndone,
        SubscriptionChange.PaymentMethodChanged => OptionalEmail.PaymentMethodChanged,
        _ => null,
    };

    /// <summary>The card that pays the subscription now: its own, else the customer's default; null when there is none.</summary>
    private async Task<PaymentMethodDto?> PayingCardAsync(Domain.Subscriptions.Subscription subscription, CancellationToken cancellationToken)
    {
        var cards = await sender.QueryAsync(new ListPaymentMethodsQuery(subscription.BusinessId, subscription.Mode, subscription.CustomerId), cancellationToken);
        return subscription.PaymentMethodId is { } id ? cards.FirstOrDefault(c => c.PaymentMethodId == id) : cards.FirstOrDefault(c => c.IsDefault);
    }

    /// <summary>The customer's bank asked them to authenticate the payment: they confirm it with the same card (3-D Secure, ADR 0027).</summary>
    private static bool ConfirmsPayment(SubscriptionChangedIntegrationEvent e) => e.Reason == "authentication_required";

    /// <summary>
    /// Where the on-hold email lands: the subscription's page, where the payment method is fixed, or straight its
    /// payment-method page, the current card chosen, to confirm a payment the customer's bank asks about.
    /// </summary>
    private string FixLanding(SubscriptionChangedIntegrationEvent e) =>
        ConfirmsPayment(e) ? urls.PaymentMethodLanding(e.SubscriptionId) : urls.SubscriptionLanding(e.SubscriptionId);

    /// <summary>A one-time link that signs the customer in on <paramref name="landing"/>; the static link when none can be made (blocked, portal closed).</summary>
    private Task<string> SignInLinkAsync(SubscriptionChangedIntegrationEvent e, string landing, CancellationToken cancellationToken) =>
        sender.SendAsync(new CreateSignInLinkCommand(e.BusinessId, e.Mode, e.CustomerId, landing, OrStaticLink: true), cancellationToken);
}
