namespace Portal.Modules.Billing.Application.Webhooks;

/// <summary>
/// Proves a webhook came from Stripe (signature with the mode's endpoint secret, timestamp within five
/// minutes of our clock, so a captured delivery cannot be replayed later) and reads it in our terms.
/// </summary>
internal interface IStripeWebhookVerifier
{
    /// <summary>False when the mode has no Stripe webhook secret: nothing could be verified, so there is no endpoint.</summary>
    bool IsConfiguredFor(Mode mode);

    /// <summary>The event, or null when the signature is missing, wrong or too old.</summary>
    StripeWebhookEvent? Verify(Mode mode, string payload, string? signatureHeader);
}
