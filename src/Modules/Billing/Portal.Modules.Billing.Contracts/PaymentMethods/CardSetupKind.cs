namespace Portal.Modules.Billing.Contracts.PaymentMethods;

public enum CardSetupKind
{
    /// <summary>Test cards typed into our own form (test mode, demo).</summary>
    SandboxForm,

    /// <summary>Stripe's hosted page: the card number never reaches our server.</summary>
    StripeHostedPage,

    /// <summary>No gateway is configured for the mode: cards cannot be added.</summary>
    Unavailable,
}
