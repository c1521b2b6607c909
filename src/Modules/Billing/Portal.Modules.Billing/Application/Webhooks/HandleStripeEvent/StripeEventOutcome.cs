namespace Portal.Modules.Billing.Application.Webhooks.HandleStripeEvent;

/// <summary>
/// What became of a delivery. Only <see cref="InvalidSignature"/> and <see cref="NotConfigured"/> are
/// refusals; the others are acknowledged so Stripe stops redelivering.
/// </summary>
internal enum StripeEventOutcome
{
    Applied,
    Duplicate,
    Ignored,
    InvalidSignature,
    NotConfigured,
}
