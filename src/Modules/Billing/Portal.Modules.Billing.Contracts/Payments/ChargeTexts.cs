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
    public static IReadOnlyList<string> Keys { get; } =
    [
        "payment.subscription", "payment.renewal", "payment.amount_due", "payment.plan_change", "line.period", "line.new_plan", "line.prorated",
        .. DeclineKeys().Distinct(),
    ];

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

    private static string DeclineKey(string? code) => code switch
    {
        "insufficient_funds" => "decline.insufficient_funds",
        "card_velocity_exceeded" or "withdrawal_count_limit_exceeded" => "decline.limit",
        "expired_card" or "invalid_expiry_month" or "invalid_expiry_year" => "decline.expired",
        "incorrect_cvc" or "invalid_cvc" => "decline.cvc",
        "incorrect_number" or "invalid_number" => "decline.number",
        "incorrect_zip" => "decline.postcode",
        "processing_error" or "try_again_later" or "issuer_not_available" or "reenter_transaction" => "decline.try_later",
        "card_not_supported" or "currency_not_supported" or "transaction_not_allowed" or "service_not_allowed" or "not_permitted" => "decline.not_supported",
        "authentication_required" => "decline.authentication_required",
        "payment_intent_authentication_failure" => "decline.not_authenticated",
        "simulated_decline" => "decline.simulated",
        _ => "decline.declined",
    };

    private static IEnumerable<string> DeclineKeys() =>
        new[]
        {
            "insufficient_funds", "card_velocity_exceeded", "expired_card", "incorrect_cvc", "incorrect_number", "incorrect_zip", "processing_error",
            "card_not_supported", "authentication_required", "payment_intent_authentication_failure", "simulated_decline", "card_declined",
        }.Select(DeclineKey);
}
