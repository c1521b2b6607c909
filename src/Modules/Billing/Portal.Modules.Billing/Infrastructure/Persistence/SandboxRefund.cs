namespace Portal.Modules.Billing.Infrastructure.Persistence;

/// <summary>The sandbox gateway's ledger of refunds: one row per idempotency key.</summary>
internal sealed class SandboxRefund
{
    public string IdempotencyKey { get; set; } = string.Empty;

    public string Reference { get; set; } = string.Empty;

    public string ChargeReference { get; set; } = string.Empty;

    public long Amount { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
