using System.Text.Json.Serialization;

namespace Portal.Modules.Billing.Contracts.PaymentMethods;

public enum CardSetupKind
{
    /// <summary>Test cards typed into our own form (test mode, demo).</summary>
    [JsonStringEnumMemberName("sandbox_form")]
    SandboxForm,

    /// <summary>Stripe's hosted page: the card number never reaches our server.</summary>
    [JsonStringEnumMemberName("stripe_hosted_page")]
    StripeHostedPage,

    /// <summary>No gateway is configured for the mode: cards cannot be added.</summary>
    [JsonStringEnumMemberName("unavailable")]
    Unavailable,
}
