namespace Portal.Modules.Subscriptions.Domain.Products;

/// <summary>
/// How long a billing period lasts (every <see cref="Count"/> <see cref="Unit"/>s). Period ends are
/// counted from the subscription's anchor, never from the previous end, so a subscription started on
/// 31 January renews on 28 (or 29) February and then on 31 March, not on the 28th forever.
/// </summary>
internal readonly record struct BillingInterval(IntervalUnit Unit, int Count)
{
    public const int MaxCount = 365;

    public static BillingInterval Monthly => new(IntervalUnit.Month, 1);

    public static BillingInterval Create(IntervalUnit unit, int count) =>
        count is >= 1 and <= MaxCount
            ? new BillingInterval(unit, count)
            : throw new DomainException(Error.Validation("INVALID_BILLING_INTERVAL", $"A billing interval is 1 to {MaxCount} units long."));

    /// <summary>The end of the <paramref name="periods"/>-th period after <paramref name="anchor"/> (clamped to the month's last day).</summary>
    public DateTimeOffset After(DateTimeOffset anchor, int periods) => Unit switch
    {
        IntervalUnit.Day => anchor.AddDays((double)Count * periods),
        IntervalUnit.Week => anchor.AddDays(7.0 * Count * periods),
        IntervalUnit.Month => anchor.AddMonths(Count * periods),
        IntervalUnit.Year => anchor.AddYears(Count * periods),
        _ => throw new InvalidOperationException($"Unknown interval unit {Unit}."),
    };
}
