namespace Portal.Modules.Billing.Application.Webhooks;

/// <summary>
/// A verified Stripe event as Billing needs it: its id (deliveries repeat), our payment's id from the
/// intent's metadata, and what it says about the charge; <see cref="ChargeResult"/> is null for events
/// that settle nothing.
/// </summary>
internal sealed record StripeWebhookEvent(string EventId, string Type, string? PaymentId, GatewayChargeResult? ChargeResult);
