using System.Text.Json.Serialization;

namespace Portal.Modules.Identity.Contracts.Businesses;

/// <summary>
/// The emails a business may choose not to send its customers (admin <i>Settings → Emails</i>). Receipts, failed
/// payments, on-hold and cancellation notices, sign-in links and license keys are always sent: a customer must know.
/// </summary>
public enum OptionalEmail
{
    /// <summary>A card that pays active subscriptions expires within 30 days.</summary>
    [JsonStringEnumMemberName("card_expiring")]
    CardExpiring,

    /// <summary>A scheduled cancellation was undone: the subscription continues.</summary>
    [JsonStringEnumMemberName("cancellation_undone")]
    CancellationUndone,

    /// <summary>The card paying a subscription was changed.</summary>
    [JsonStringEnumMemberName("payment_method_changed")]
    PaymentMethodChanged,

    /// <summary>Money was given back on a payment.</summary>
    [JsonStringEnumMemberName("refund_issued")]
    RefundIssued,

    /// <summary>A subscription billed yearly or longer renews within 7 days.</summary>
    [JsonStringEnumMemberName("renewal_upcoming")]
    RenewalUpcoming,
}
