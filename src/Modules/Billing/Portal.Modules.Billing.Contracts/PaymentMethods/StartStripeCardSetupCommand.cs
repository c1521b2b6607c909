namespace Portal.Modules.Billing.Contracts.PaymentMethods;

/// <summary>
/// Opens Stripe's hosted page where the customer types a card (no number reaches us) and answers its
/// address. Stripe sends the customer back to <paramref name="ReturnUrl"/> with <c>session_id</c> appended.
/// </summary>
public sealed record StartStripeCardSetupCommand(BusinessId BusinessId, Mode Mode, CustomerId CustomerId, string ReturnUrl, string CancelUrl) : ICommand<string>;
