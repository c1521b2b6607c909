namespace Portal.BuildingBlocks.Domain;

public static class Timestamps
{
    /// <summary>
    /// Cuts a time to PostgreSQL's microsecond precision, so a value answered right after it was
    /// created equals the same value read back later (7 fractional digits would become 6).
    /// </summary>
    public static DateTimeOffset ToStoredPrecision(this DateTimeOffset value) =>
        value.AddTicks(-(value.Ticks % (TimeSpan.TicksPerMillisecond / 1000)));
}
