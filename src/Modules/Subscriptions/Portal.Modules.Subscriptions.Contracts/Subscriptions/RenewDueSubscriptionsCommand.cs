namespace Portal.Modules.Subscriptions.Contracts.Subscriptions;

/// <summary>The renewal job's work: every active subscription whose period is over is renewed, or ends if it was its last. Answers how many changed.</summary>
public sealed record RenewDueSubscriptionsCommand : ICommand<int>;
