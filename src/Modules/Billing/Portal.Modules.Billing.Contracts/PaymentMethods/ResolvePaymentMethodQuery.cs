namespace Portal.Modules.Billing.Contracts.PaymentMethods;

/// <summary>
/// The id of the method a charge would use: the one named if it is the customer's and not removed, or
/// the customer's default when none is named. 404 for a foreign or removed method, 422
/// <c>PAYMENT_METHOD_REQUIRED</c> when the customer has no default.
/// </summary>
public sealed record ResolvePaymentMethodQuery(string BusinessId, Mode Mode, string CustomerId, string? PaymentMethodId) : IQuery<string>;
