namespace Portal.Modules.Billing.Application.Gateways;

/// <summary>
/// A Checkout page to send the customer to. <see cref="StripeCustomerReference"/> is the customer it
/// saves the card to, possibly created just now, so the caller can link it to the billing account.
/// </summary>
internal sealed record StripeSetupSession(string CheckoutSessionId, string CheckoutUrl, string StripeCustomerReference);
