namespace Portal.Modules.Billing.Contracts.PaymentMethods;

/// <summary>
/// Tells the customer, once per card, that the card paying <paramref name="ProductNames"/> (their active subscriptions)
/// expires soon. Answers false when the card was already the subject of a reminder, or is gone.
/// </summary>
public sealed record RemindCardExpiringCommand(BusinessId BusinessId, Mode Mode, string PaymentMethodId, IReadOnlyList<string> ProductNames) : ICommand<bool>;
