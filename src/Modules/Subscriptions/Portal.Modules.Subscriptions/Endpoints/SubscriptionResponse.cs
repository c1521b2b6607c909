using Portal.Modules.Identity.Contracts.Customers;

namespace Portal.Modules.Subscriptions.Endpoints;

/// <summary>
/// Dodo's <c>Subscription</c>, also used for list items (whose required fields are a subset plus
/// <c>discounts</c>). Amounts are before tax (<c>tax_inclusive: false</c>). Features this platform does
/// not have (addons, meters, credits, discounts, trials, on-demand, metadata) are present and empty.
/// <c>next_billing_date</c> and <c>previous_billing_date</c> are the current period's end and start,
/// kept as they were when a subscription ends (the type requires them). Timestamps are given at the
/// database's precision (microseconds) so that a change's answer and a later read agree to the letter.
/// </summary>
internal sealed record SubscriptionResponse(
    string SubscriptionId,
    string BrandId,
    string Status,
    SubscriptionResponse.CustomerDetails Customer,
    string ProductId,
    string ProductName,
    int Quantity,
    long RecurringPreTaxAmount,
    string Currency,
    bool TaxInclusive,
    string PaymentFrequencyInterval,
    int PaymentFrequencyCount,
    string SubscriptionPeriodInterval,
    int SubscriptionPeriodCount,
    int TrialPeriodDays,
    bool OnDemand,
    DateTimeOffset CreatedAt,
    DateTimeOffset PreviousBillingDate,
    DateTimeOffset NextBillingDate,
    bool CancelAtNextBillingDate,
    DateTimeOffset? CancelledAt,
    string? CancellationFeedback,
    string? CancellationComment,
    SubscriptionResponse.BillingAddress Billing,
    bool HasPaymentMethod,
    string? PaymentMethodId,
    IReadOnlyDictionary<string, string> Metadata,
    IReadOnlyList<object> Addons,
    IReadOnlyList<object> Discounts,
    IReadOnlyList<object> Meters,
    IReadOnlyList<object> CreditEntitlementCart,
    IReadOnlyList<object> MeterCreditEntitlementCart)
{
    /// <summary>
    /// Dodo has no open-ended subscription period: one that renews until cancelled says ten years, as
    /// Dodo's dashboard does by default (and as our products do); one with a term says its real length.
    /// </summary>
    public const int OpenEndedYears = 10;

    public static SubscriptionResponse From(SubscriptionDto s, CustomerContact? contact) =>
        new(
            s.Id,
            s.BusinessId,
            Wire.Name(s.Status),
            CustomerDetails.From(s.CustomerId, contact),
            s.ProductId,
            s.ProductName,
            s.Quantity,
            s.RecurringAmount,
            s.Currency,
            false,
            ProductPrice.Interval(s.IntervalUnit),
            s.IntervalCount,
            s.TermPeriods is null ? "Year" : ProductPrice.Interval(s.IntervalUnit),
            s.TermPeriods is { } periods ? periods * s.IntervalCount : OpenEndedYears,
            0,
            false,
            Stored(s.CreatedAt),
            Stored(s.CurrentPeriodStart),
            Stored(s.NextBillingDate),
            s.CancelAtNextBillingDate,
            s.CancelledAt is { } cancelledAt ? Stored(cancelledAt) : null,
            s.CancellationFeedback,
            s.CancellationComment,
            new BillingAddress(s.Billing.Country, s.Billing.State, s.Billing.City, s.Billing.Street, s.Billing.Zipcode),
            s.PaymentMethodId is not null,
            s.PaymentMethodId,
            new Dictionary<string, string>(),
            [],
            [],
            [],
            [],
            []);

    private static DateTimeOffset Stored(DateTimeOffset value) => value.AddTicks(-(value.Ticks % (TimeSpan.TicksPerMillisecond / 1000)));


    /// <summary>Dodo's <c>CustomerLimitedDetails</c>; the contact comes from Identity, which owns the customer.</summary>
    internal sealed record CustomerDetails(string CustomerId, string Email, string Name)
    {
        public static CustomerDetails From(string customerId, CustomerContact? contact) =>
            new(customerId, contact?.CustomerEmail ?? string.Empty, contact?.CustomerName ?? string.Empty);
    }

    internal sealed record BillingAddress(string Country, string? State, string? City, string? Street, string? Zipcode);
}
