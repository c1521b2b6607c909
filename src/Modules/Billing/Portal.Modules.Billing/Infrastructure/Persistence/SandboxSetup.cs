namespace Portal.Modules.Billing.Infrastructure.Persistence;

/// <summary>
/// The sandbox gateway's record of a card being saved with the customer present, when the card's bank asks for
/// 3-D Secure on setup (Stripe's SetupIntent): written on the sandbox's own connection, as a gateway's would be.
/// Only the test card's token is kept, never a number.
/// </summary>
internal sealed class SandboxSetup
{
    public string Reference { get; set; } = string.Empty;

    public string BusinessId { get; set; } = string.Empty;

    public string Mode { get; set; } = string.Empty;

    public string CustomerId { get; set; } = string.Empty;

    public string PaymentMethodToken { get; set; } = string.Empty;

    public int ExpiryMonth { get; set; }

    public int ExpiryYear { get; set; }

    public bool MakeDefault { get; set; }

    public string Status { get; set; } = string.Empty;

    public string ReturnUrl { get; set; } = string.Empty;

    public DateTimeOffset CreatedAt { get; set; }
}
