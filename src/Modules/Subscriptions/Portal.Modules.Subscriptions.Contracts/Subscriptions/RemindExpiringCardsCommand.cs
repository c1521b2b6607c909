namespace Portal.Modules.Subscriptions.Contracts.Subscriptions;

/// <summary>
/// The daily card-expiry job's work: every card that expires within 30 days and pays an active subscription that will
/// renew (its own card, or the customer's default for one that follows it) is announced once. Answers how many.
/// </summary>
public sealed record RemindExpiringCardsCommand : ICommand<int>;
