namespace Portal.Modules.Billing.Infrastructure.Persistence;

/// <summary>The sandbox gateway's own ledger: one row per idempotency key it was asked to charge.</summary>
internal sealed class SandboxCharge
{
    public string IdempotencyKey { get; set; } = string.Empty;

    public string Reference { get; set; } = string.Empty;

    public string Mode { get; set; } = string.Empty;

    public string PaymentMethodToken { get; set; } = string.Empty;

    public long Amount { get; set; }

    public string Currency { get; set; } = string.Empty;

    public string Status { get; set; } = string.Empty;

    public string? FailureCode { get; set; }

    /// <summary>Where the sandbox's authentication page sends the customer back (a charge made with them present).</summary>
    public string? ReturnUrl { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
