using Portal.Modules.Billing.Application.Webhooks;
using Stripe;

namespace Portal.Modules.Billing.Infrastructure.Gateways.Stripe;

/// <summary>
/// Checks Stripe's <c>Stripe-Signature</c> with Stripe.net against our <see cref="TimeProvider"/> (so
/// the five-minute replay window follows the clock the rest of Billing uses), then reads the two
/// events that settle a payment and the one that says a card was set up. API version differences are
/// tolerated: the few fields read are stable.
/// </summary>
internal sealed class StripeWebhookVerifier(StripeClients clients, TimeProvider time) : IStripeWebhookVerifier
{
    private const long ToleranceSeconds = 300;

    public bool IsConfiguredFor(Mode mode) => !string.IsNullOrEmpty(clients.KeysOf(mode)?.WebhookSecret);

    public StripeWebhookEvent? Verify(Mode mode, string payload, string? signatureHeader)
    {
        if (string.IsNullOrEmpty(signatureHeader) || clients.KeysOf(mode)?.WebhookSecret is not { Length: > 0 } secret)
        {
            return null;
        }

        Event stripeEvent;
        try
        {
            stripeEvent = EventUtility.ConstructEvent(
                payload, signatureHeader, secret, ToleranceSeconds, time.GetUtcNow().ToUnixTimeSeconds(), throwOnApiVersionMismatch: false);
        }
        catch (StripeException)
        {
            return null;
        }

        var intent = stripeEvent.Data?.Object as PaymentIntent;
        var chargeResult = stripeEvent.Type is EventTypes.PaymentIntentSucceeded or EventTypes.PaymentIntentPaymentFailed && intent is not null
            ? StripeGateway.ResultOf(intent)
            : null;
        var setUpCard = stripeEvent.Type == EventTypes.SetupIntentSucceeded
            && stripeEvent.Data?.Object is SetupIntent { CustomerId: { } customer, PaymentMethodId: { } method }
            ? new StripeSetUpCard(customer, method)
            : null;
        return new StripeWebhookEvent(
            stripeEvent.Id, stripeEvent.Type, intent?.Metadata?.GetValueOrDefault(StripeGateway.PaymentIdMetadataKey), chargeResult, setUpCard);
    }
}
