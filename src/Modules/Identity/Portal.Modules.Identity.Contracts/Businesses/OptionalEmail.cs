namespace Portal.Modules.Identity.Contracts.Businesses;

/// <summary>
/// The emails a business may choose not to send its customers (admin <i>Settings → Emails</i>). Receipts, failed
/// payments, on-hold and cancellation notices, sign-in links and license keys are always sent: a customer must know.
/// </summary>
public enum OptionalEmail
{
    /// <summary>A scheduled cancellation was undone: the subscription continues.</summary>
    CancellationUndone,

    /// <summary>The card paying a subscription was changed.</summary>
    PaymentMethodChanged,

    /// <summary>Money was given back on a payment.</summary>
    RefundIssued,
}
