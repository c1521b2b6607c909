namespace Portal.Modules.Billing.Application.Gateways;

/// <summary>
/// Saving a card with Stripe without the number ever reaching us: the customer types it on Stripe's
/// hosted Checkout page (a session in setup mode), and we read back only the saved method and what
/// may be shown of the card.
/// </summary>
internal interface IStripeCardSetup
{
    /// <summary>
    /// Opens a Checkout page that saves a card to the customer. Without a Stripe customer yet, one is
    /// created first; the answer carries its id, for the caller to keep on the billing account.
    /// </summary>
    Task<StripeSetupSession> StartAsync(
        Mode mode,
        string? stripeCustomerReference,
        string customerEmail,
        string customerName,
        string successUrl,
        string cancelUrl,
        CancellationToken cancellationToken);

    /// <summary>The card a finished Checkout session saved; refused while the session or its setup is not complete.</summary>
    Task<StripeSavedCard> CompleteAsync(Mode mode, string checkoutSessionId, CancellationToken cancellationToken);

    /// <summary>A saved card by its payment method id (a <c>setup_intent.succeeded</c> event names only that), or null when Stripe has none or it is no card.</summary>
    Task<StripeSavedCard?> CardAsync(Mode mode, string paymentMethodReference, CancellationToken cancellationToken);
}
