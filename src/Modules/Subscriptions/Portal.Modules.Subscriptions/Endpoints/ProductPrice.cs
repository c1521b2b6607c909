namespace Portal.Modules.Subscriptions.Endpoints;

/// <summary>
/// Dodo's <c>Price</c>, one shape per kind (<c>type</c> tells which). Prices are before tax
/// (<c>tax_inclusive: false</c>). Features this platform does not have (discounts, pay what you want,
/// trials, meters) are present and off.
/// </summary>
internal static class ProductPrice
{
    /// <summary>
    /// Dodo has no open-ended subscription period: a product that renews until cancelled says ten years,
    /// as Dodo's own dashboard does by default. A product with a term says its real length.
    /// </summary>
    public const int OpenEndedYears = 10;

    public static object From(ProductDto p) => p.Kind switch
    {
        ProductKind.OneTime => new OneTimePrice(p.Currency, p.Price, 0, false, false, null, false),
        ProductKind.Subscription => new RecurringPrice(
            p.Currency, p.Price, 0, Frequency(p), p.IntervalCount ?? 1, PeriodUnit(p), PeriodCount(p), 0, false, false),
        ProductKind.UsageBased => new UsageBasedPrice(
            p.Currency, p.Price, 0, Frequency(p), p.IntervalCount ?? 1, PeriodUnit(p), PeriodCount(p), [], false, false),
        _ => throw new InvalidOperationException($"Unknown product kind {p.Kind}."),
    };

    /// <summary>Dodo's <c>TimeInterval</c>: <c>Day</c>, <c>Week</c>, <c>Month</c> or <c>Year</c>.</summary>
    public static string Interval(IntervalUnit unit) => unit switch
    {
        IntervalUnit.Day => "Day",
        IntervalUnit.Week => "Week",
        IntervalUnit.Month => "Month",
        _ => "Year",
    };

    private static string Frequency(ProductDto p) => Interval(p.IntervalUnit ?? IntervalUnit.Month);

    private static string PeriodUnit(ProductDto p) => p.TermPeriods is null ? "Year" : Frequency(p);

    private static int PeriodCount(ProductDto p) => p.TermPeriods is { } periods ? periods * (p.IntervalCount ?? 1) : OpenEndedYears;

    internal sealed record OneTimePrice(
        string Currency, long Price, int Discount, bool PayWhatYouWant, bool PurchasingPowerParity, long? SuggestedPrice, bool TaxInclusive)
    {
        public string Type => "one_time_price";
    }

    internal sealed record RecurringPrice(
        string Currency,
        long Price,
        int Discount,
        string PaymentFrequencyInterval,
        int PaymentFrequencyCount,
        string SubscriptionPeriodInterval,
        int SubscriptionPeriodCount,
        int TrialPeriodDays,
        bool PurchasingPowerParity,
        bool TaxInclusive)
    {
        public string Type => "recurring_price";
    }

    /// <summary>The product's price is the fixed fee of each period; usage is charged on top (no meters here yet).</summary>
    internal sealed record UsageBasedPrice(
        string Currency,
        long FixedPrice,
        int Discount,
        string PaymentFrequencyInterval,
        int PaymentFrequencyCount,
        string SubscriptionPeriodInterval,
        int SubscriptionPeriodCount,
        IReadOnlyList<object> Meters,
        bool PurchasingPowerParity,
        bool TaxInclusive)
    {
        public string Type => "usage_based_price";
    }
}
