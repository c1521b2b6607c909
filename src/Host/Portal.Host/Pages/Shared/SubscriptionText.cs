using Microsoft.Extensions.Localization;

namespace Portal.Host.Pages.Shared;

/// <summary>How a subscription's price, dates and history read on the customer's pages, in the page's language.</summary>
public static class SubscriptionText
{
    /// <summary>The recurring amount before tax with its interval: "€10.00 per month", "€30.00 every 3 months".</summary>
    public static string Price(SubscriptionDto subscription, IStringLocalizer text) =>
        Price(subscription.RecurringAmount, subscription.Currency, subscription.IntervalUnit, subscription.IntervalCount, text);

    /// <summary>The same for any amount and interval, a product's price say.</summary>
    public static string Price(long amount, string currency, IntervalUnit intervalUnit, int intervalCount, IStringLocalizer text) =>
        text[(intervalCount == 1 ? "Subscriptions.Price.Every." : "Subscriptions.Price.EveryN.") + Wire.Name(intervalUnit), Amount(amount, currency), intervalCount];

    public static string Amount(long minorUnits, string currency) =>
        MoneyText.Format(new Money(minorUnits, Currency.Of(currency)), CultureInfo.CurrentUICulture);

    public static string Date(DateTimeOffset at) => at.UtcDateTime.ToString("d MMM yyyy", CultureInfo.CurrentUICulture);

    public static string DateTime(DateTimeOffset at) => at.UtcDateTime.ToString("d MMM yyyy, HH:mm 'UTC'", CultureInfo.CurrentUICulture);

    /// <summary>The tax rate as people write it: 2200 basis points → "22%", 550 → "5.5%" ("5,5%" in Italian).</summary>
    public static string TaxRate(int basisPoints) => (basisPoints / 100m).ToString("0.##", CultureInfo.CurrentUICulture) + "%";

    /// <summary>What comes next for a subscription, or when it stopped: one line for the list and the overview.</summary>
    public static string When(SubscriptionDto subscription, IStringLocalizer text) => subscription.Status switch
    {
        SubscriptionStatus.Active when subscription.CancelAtNextBillingDate => text["Subscriptions.EndsOn", Date(subscription.CurrentPeriodEnd)],
        SubscriptionStatus.Active => text["Subscriptions.RenewsOn", Date(subscription.NextBillingDate)],
        SubscriptionStatus.OnHold => text["Subscriptions.PaymentNeeded"],
        SubscriptionStatus.Pending => text["Subscriptions.AwaitingPayment"],
        SubscriptionStatus.Failed => text["Subscriptions.NeverStarted"],
        _ => text["Subscriptions.EndedOn", Date(EndedAt(subscription) ?? subscription.CurrentPeriodEnd)],
    };

    /// <summary>When a subscription stopped: cancelled on its cancellation day, expired at the end of its last period.</summary>
    public static DateTimeOffset? EndedAt(SubscriptionDto subscription) => subscription.Status switch
    {
        SubscriptionStatus.Cancelled => subscription.CancelledAt,
        SubscriptionStatus.Expired => subscription.CurrentPeriodEnd,
        _ => null,
    };

    /// <summary>A translated message for a refusal's code, or the general one for a code the pages have no words for.</summary>
    public static string Error(IStringLocalizer text, string code) =>
        text["Subscriptions.Error." + code] is { ResourceNotFound: false } message ? message : text["Subscriptions.Error.Other"];
}
