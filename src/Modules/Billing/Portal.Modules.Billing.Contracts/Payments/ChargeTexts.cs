using System.Resources;

namespace Portal.Modules.Billing.Contracts.Payments;

/// <summary>
/// The platform's sentences about charges and the reasons a card was declined, in every language of
/// <see cref="Languages"/> (<c>Resources/ChargeTexts.resx</c> and one file per other language). Pages, emails and
/// documents write them in their reader's language; the API and the gateways in the default one.
/// </summary>
public static class ChargeTexts
{
    private static readonly ResourceManager Resources = new("Portal.Modules.Billing.Contracts.Resources.ChargeTexts", typeof(ChargeTexts).Assembly);

    /// <summary>Every key, for the check that each language has each.</summary>
    private const string Declined = "decline.declined";

    /// <summary>The gateway's codes a customer is told more about than a plain decline, and what they are told.</summary>
    private static readonly Dictionary<string, string> DeclineKeysByCode = new(StringComparer.Ordinal)
    {
        ["insufficient_funds"] = "decline.insufficient_funds",
        ["card_velocity_exceeded"] = "decline.limit",
        ["withdrawal_count_limit_exceeded"] = "decline.limit",
        ["expired_card"] = "decline.expired",
        ["invalid_expiry_month"] = "decline.expired",
        ["invalid_expiry_year"] = "decline.expired",
        ["incorrect_cvc"] = "decline.cvc",
        ["invalid_cvc"] = "decline.cvc",
        ["incorrect_number"] = "decline.number",
        ["invalid_number"] = "decline.number",
        ["incorrect_zip"] = "decline.postcode",
        ["processing_error"] = "decline.try_later",
        ["try_again_later"] = "decline.try_later",
        ["issuer_not_available"] = "decline.try_later",
        ["reenter_transaction"] = "decline.try_later",
        ["card_not_supported"] = "decline.not_supported",
        ["currency_not_supported"] = "decline.not_supported",
        ["transaction_not_allowed"] = "decline.not_supported",
        ["service_not_allowed"] = "decline.not_supported",
        ["not_permitted"] = "decline.not_supported",
        ["authentication_required"] = "decline.authentication_required",
        ["payment_intent_authentication_failure"] = "decline.not_authenticated",
        ["simulated_decline"] = "decline.simulated",
    };

    /// <summary>Every key, for the check that each language has each.</summary>
    public static IReadOnlyList<string> Keys { get; } = new[]
    {
        "payment.subscription", "payment.renewal", "payment.amount_due", "payment.plan_change", "line.period", "line.new_plan", "line.prorated", Declined,
    }.Concat(DeclineKeysByCode.Values).Distinct().ToArray();

    public static string Sentence(string key, string language, IReadOnlyList<string> arguments) =>
        string.Format(Languages.Culture(language), Text(key, language), [.. arguments]);

    /// <summary>
    /// Why a card was declined, from the gateway's code (Stripe's decline and error codes), as a customer may be told:
    /// the reasons a customer can act on are named, and the others (a card reported lost, suspected fraud…) are a
    /// plain decline, as Stripe advises.
    /// </summary>
    public static string DeclineReason(string? code, string language) => Text(DeclineKey(code), language);

    public static string Text(string key, string language) =>
        Resources.GetString(key, Languages.Culture(language)) ?? throw new KeyNotFoundException($"No charge text '{key}'.");

    private static string DeclineKey(string? code) => code is not null && DeclineKeysByCode.TryGetValue(code, out var key) ? key : Declined;
}
