namespace Portal.Tests.Support.StripeEmulator;

/// <summary>
/// Stripe's documented test payment methods and how a charge of each ends: succeeds, or a 402
/// <c>card_error</c> with Stripe's error code and decline code. A card that <see cref="AsksForAuthentication"/>
/// waits for 3-D Secure when the customer is present (a confirmed PaymentIntent with a <c>return_url</c>), and
/// is declined with <c>authentication_required</c> off-session.
/// </summary>
public sealed record StripeTestCard(string Token, string Brand, string Last4, string? ErrorCode = null, string? DeclineCode = null, bool AsksForAuthentication = false)
{
    public static readonly StripeTestCard Visa = new("pm_card_visa", "visa", "4242");

    public static readonly StripeTestCard Mastercard = new("pm_card_mastercard", "mastercard", "4444");

    public static readonly StripeTestCard Declined = new("pm_card_chargeDeclined", "visa", "0002", "card_declined", "generic_decline");

    public static readonly StripeTestCard InsufficientFunds =
        new("pm_card_visa_chargeDeclinedInsufficientFunds", "visa", "9995", "card_declined", "insufficient_funds");

    public static readonly StripeTestCard AuthenticationRequired =
        new("pm_card_authenticationRequired", "visa", "3184", "authentication_required", "authentication_required", AsksForAuthentication: true);

    private static readonly IReadOnlyList<StripeTestCard> All = [Visa, Mastercard, Declined, InsufficientFunds, AuthenticationRequired];

    public bool Declines => ErrorCode is not null;

    public string DeclineMessage => DeclineCode == "insufficient_funds" ? "Your card has insufficient funds." : "Your card was declined.";

    public static StripeTestCard? ByToken(string? token) => All.FirstOrDefault(c => c.Token == token);
}
