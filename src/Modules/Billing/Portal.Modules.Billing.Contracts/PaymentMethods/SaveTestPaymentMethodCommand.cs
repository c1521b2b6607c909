namespace Portal.Modules.Billing.Contracts.PaymentMethods;

/// <summary>
/// Test mode only: saves one of the sandbox's documented test tokens (<c>pm_card_visa</c>,
/// <c>pm_card_chargeCustomerFail</c>…) as a payment method of the customer, the way a merchant's
/// server would pass a Stripe test token. Answers the new payment method's id.
/// </summary>
public sealed record SaveTestPaymentMethodCommand(string BusinessId, Mode Mode, string CustomerId, string Token) : ICommand<string>;
