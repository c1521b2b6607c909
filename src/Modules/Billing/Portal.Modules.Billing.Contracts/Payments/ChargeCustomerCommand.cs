namespace Portal.Modules.Billing.Contracts.Payments;

/// <summary>
/// The one way any module charges a customer (ADR 0012). Billing prices the lines, saves the attempt,
/// charges the payment method (the customer's default when none is named) and answers the outcome; a
/// succeeded payment is invoiced. Sending the same <paramref name="IdempotencyKey"/> again never charges
/// again: it answers the first attempt, asking the gateway once more if that one is still unknown.
/// <paramref name="BillingAddress"/> (lines separated by <c>\n</c>) is printed on the invoice under the customer.
/// A named <paramref name="PaymentMethodId"/> must be the customer's and not removed (404 otherwise); with
/// <paramref name="PaymentMethodChosenNow"/> (a customer or merchant picking it in this request) that is
/// checked on a replayed key too, so the caller can rely on the method without asking Billing first.
/// </summary>
public sealed record ChargeCustomerCommand(
    string BusinessId,
    Mode Mode,
    string CustomerId,
    string IdempotencyKey,
    string Currency,
    IReadOnlyList<ChargeLine> Lines,
    ChargeText Description,
    string? PaymentMethodId = null,
    string? SubscriptionId = null,
    string? BillingAddress = null,
    bool PaymentMethodChosenNow = false,
    string? ReturnUrl = null,
    bool SettleOnly = false) : ICommand<ChargeOutcome>;
