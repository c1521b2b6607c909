using Microsoft.Extensions.Localization;

namespace Portal.Host.Pages.Admin.Subscriptions;

/// <summary>
/// How subscriptions read on the merchant's pages beyond what the customer's pages share with them
/// (<see cref="Shared.SubscriptionText"/>: prices, statuses, history lines): badges, dates and reasons.
/// </summary>
public static class AdminSubscriptionText
{
    /// <summary>The statuses a list can be filtered by, in the order a merchant looks for them.</summary>
    public static readonly IReadOnlyList<SubscriptionStatus> Statuses =
        [SubscriptionStatus.Active, SubscriptionStatus.OnHold, SubscriptionStatus.Pending, SubscriptionStatus.Cancelled, SubscriptionStatus.Expired, SubscriptionStatus.Failed];

    /// <summary>A status in words, as the customer's pages name it too.</summary>
    public static string Status(IStringLocalizer shared, SubscriptionStatus status) => shared["Subscriptions.Status." + Wire.Name(status)];

    /// <summary>The badge's colour: green when it runs, amber when it needs attention, red when it never started.</summary>
    public static string BadgeClass(SubscriptionStatus status) => status switch
    {
        SubscriptionStatus.Active => "badge",
        SubscriptionStatus.Pending or SubscriptionStatus.OnHold => "badge warning",
        SubscriptionStatus.Failed => "badge danger",
        _ => "badge neutral",
    };

    /// <summary>When it is charged next, or why it is not.</summary>
    public static string NextBilling(IStringLocalizer text, SubscriptionDto subscription) => subscription.Status switch
    {
        SubscriptionStatus.Active when subscription.CancelAtNextBillingDate => text["Subscription.EndsOn", AdminPageModel.FormatTime(subscription.NextBillingDate)],
        SubscriptionStatus.Active or SubscriptionStatus.Pending => AdminPageModel.FormatTime(subscription.NextBillingDate),
        SubscriptionStatus.OnHold => text["Subscription.AfterDues"],
        _ => text["Subscription.NoNextBilling"],
    };

    /// <summary>A reason code (a decline, a cancellation) in words; one without words is shown as it is.</summary>
    public static string Reason(IStringLocalizer text, string code)
    {
        var words = text["Reason." + code];
        return words.ResourceNotFound ? text["Reason.Other", code] : words;
    }

    /// <summary>A time travel's history reason (<c>2678400s</c>: how far its dates moved back), in days.</summary>
    public static string Shift(IStringLocalizer text, string reason) =>
        reason.EndsWith('s') && long.TryParse(reason[..^1], NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            ? text["History.Shifted", (seconds / 86_400m).ToString("0.##", CultureInfo.CurrentUICulture)]
            : reason;
}
