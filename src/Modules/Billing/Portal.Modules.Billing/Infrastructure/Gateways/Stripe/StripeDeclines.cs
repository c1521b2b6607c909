namespace Portal.Modules.Billing.Infrastructure.Gateways.Stripe;

/// <summary>
/// Stripe's reason for a failed charge as the one code we keep: the decline code when it says more than
/// "declined" (<c>insufficient_funds</c>), else the error code (<c>card_declined</c>, <c>expired_card</c>…).
/// </summary>
internal static class StripeDeclines
{
    public const string AuthenticationRequired = "authentication_required";

    /// <summary>Stripe's code for a 3-D Secure challenge the customer failed; ours too for one they abandoned.</summary>
    public const string AuthenticationFailure = "payment_intent_authentication_failure";

    public const string NotAuthenticated = "The payment was not confirmed with your bank.";

    public static string CodeOf(string? declineCode, string? errorCode) =>
        declineCode is { Length: > 0 } and not "generic_decline" ? declineCode : errorCode ?? "card_declined";

    public static string MessageOf(string? stripeMessage) =>
        string.IsNullOrWhiteSpace(stripeMessage) ? "Your card was declined." : stripeMessage;
}
