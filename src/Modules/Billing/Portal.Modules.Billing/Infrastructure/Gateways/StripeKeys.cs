namespace Portal.Modules.Billing.Infrastructure.Gateways;

/// <summary>A Stripe account's secret API key and the signing secret of its webhook endpoint.</summary>
internal sealed class StripeKeys
{
    public string SecretKey { get; set; } = string.Empty;

    public string WebhookSecret { get; set; } = string.Empty;
}
