namespace Portal.Modules.Billing.Application.Webhooks;

/// <summary>
/// A verified Stripe event as Billing needs it: its id (deliveries repeat), our payment's id from the
/// intent's metadata, and what it says about the charge; <see cref="ChargeResult"/> is null for events
/// that settle nothing. <see cref="SetUpCard"/> is the card a succeeded setup intent saved to a Stripe customer.
/// </summary>
internal sealed record StripeWebhookEvent(string EventId, string Type, string? PaymentId, GatewayChargeResult? ChargeResult, StripeSetUpCard? SetUpCard = null);

/// <summary>The Stripe customer and payment method of a succeeded setup intent.</summary>
internal sealed record StripeSetUpCard(string StripeCustomerReference, string PaymentMethodReference);
