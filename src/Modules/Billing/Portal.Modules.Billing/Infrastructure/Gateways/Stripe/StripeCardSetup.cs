using Stripe;
using Stripe.Checkout;

namespace Portal.Modules.Billing.Infrastructure.Gateways.Stripe;

/// <summary>
/// Card setup through Stripe Checkout in setup mode: the card number is typed on Stripe's page and
/// stays there (live mode must never see one); we only learn the saved method's id and its
/// brand, last four digits and expiry.
/// </summary>
internal sealed class StripeCardSetup(StripeClients clients) : IStripeCardSetup
{
    public async Task<StripeSetupSession> StartAsync(
        Mode mode,
        string? stripeCustomerReference,
        string customerEmail,
        string customerName,
        string successUrl,
        string cancelUrl,
        CancellationToken cancellationToken)
    {
        var stripe = clients.For(mode);
        var customer = stripeCustomerReference
            ?? (await stripe.V1.Customers.CreateAsync(
                new CustomerCreateOptions { Email = customerEmail, Name = customerName }, cancellationToken: cancellationToken)).Id;
        var session = await stripe.V1.Checkout.Sessions.CreateAsync(
            new SessionCreateOptions
            {
                Mode = "setup",
                AllowedPaymentMethodTypes = ["card"],
                Customer = customer,
                SuccessUrl = successUrl,
                CancelUrl = cancelUrl,
            },
            cancellationToken: cancellationToken);
        return new StripeSetupSession(session.Id, session.Url, customer);
    }

    public async Task<StripeSavedCard> CompleteAsync(Mode mode, string checkoutSessionId, CancellationToken cancellationToken)
    {
        var session = await clients.For(mode).V1.Checkout.Sessions.GetAsync(
            checkoutSessionId, new SessionGetOptions { Expand = ["setup_intent.payment_method"] }, cancellationToken: cancellationToken);
        if (session is not { Mode: "setup", Status: "complete", SetupIntent: { Status: "succeeded", PaymentMethod.Card: { } card } setupIntent }
            || session.CustomerId is null)
        {
            throw new DomainException(Error.Unprocessable("CARD_SETUP_INCOMPLETE", "The card was not saved: the setup on Stripe is not complete."));
        }

        return new StripeSavedCard(session.CustomerId, setupIntent.PaymentMethod.Id, DetailsOf(card));
    }

    public async Task<StripeSavedCard?> CardAsync(Mode mode, string paymentMethodReference, CancellationToken cancellationToken)
    {
        try
        {
            var method = await clients.For(mode).V1.PaymentMethods.GetAsync(paymentMethodReference, cancellationToken: cancellationToken);
            return method is { Card: { } card, CustomerId: { } customer } ? new StripeSavedCard(customer, method.Id, DetailsOf(card)) : null;
        }
        catch (StripeException exception) when (exception.HttpStatusCode == System.Net.HttpStatusCode.NotFound)
        {
            return null;
        }
    }

    private static CardDetails DetailsOf(PaymentMethodCard card) => new(card.Brand, card.Last4, (int)card.ExpMonth, (int)card.ExpYear);
}
