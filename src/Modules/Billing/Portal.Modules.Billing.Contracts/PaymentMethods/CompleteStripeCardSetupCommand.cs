namespace Portal.Modules.Billing.Contracts.PaymentMethods;

/// <summary>
/// Saves the card a finished Stripe Checkout session collected, only if that session belongs to this
/// customer. Coming back twice (reload, back button) saves it once.
/// </summary>
public sealed record CompleteStripeCardSetupCommand(BusinessId BusinessId, Mode Mode, CustomerId CustomerId, string CheckoutSessionId) : ICommand<PaymentMethodDto>;
