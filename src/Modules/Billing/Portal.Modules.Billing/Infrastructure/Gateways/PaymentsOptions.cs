namespace Portal.Modules.Billing.Infrastructure.Gateways;

/// <summary>Configuration section <c>Payments</c>: which gateway each mode uses and its secrets.</summary>
internal sealed class PaymentsOptions
{
    public const string SectionName = "Payments";

    /// <summary>Test-mode Stripe keys; without them test mode uses the built-in sandbox.</summary>
    public StripeKeys? StripeTest { get; set; }

    /// <summary>Live-mode Stripe keys; live mode cannot take payments without them.</summary>
    public StripeKeys? StripeLive { get; set; }

    /// <summary>Stripe's API address; only set to point at a local emulator.</summary>
    public string? StripeApiBase { get; set; }

    /// <summary>How long a call to Stripe may take; past it the outcome is unknown and the payment stays processing.</summary>
    public TimeSpan StripeTimeout { get; set; } = TimeSpan.FromSeconds(20);
}
