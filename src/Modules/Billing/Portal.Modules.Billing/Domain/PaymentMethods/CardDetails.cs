namespace Portal.Modules.Billing.Domain.PaymentMethods;

/// <summary>
/// All we ever keep of a card: its network, last four digits and expiry. Never the number or the CVC.
/// </summary>
internal sealed record CardDetails(string Brand, string LastFour, int ExpiryMonth, int ExpiryYear)
{
    public bool IsExpiredAt(DateTimeOffset now) =>
        ExpiryYear < now.Year || (ExpiryYear == now.Year && ExpiryMonth < now.Month);

    /// <summary>The first instant the card no longer works: the start of the month after its expiry month (UTC).</summary>
    public DateTimeOffset StopsWorkingAt() => new DateTimeOffset(ExpiryYear, ExpiryMonth, 1, 0, 0, 0, TimeSpan.Zero).AddMonths(1);
}
