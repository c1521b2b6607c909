namespace Portal.Modules.Subscriptions.Contracts.Subscriptions;

/// <summary>
/// The daily reminder job's work: every active subscription billed yearly or at a longer interval that renews within
/// 7 days, and will not end then, announces its renewal once per period. Answers how many it announced.
/// </summary>
public sealed record RemindUpcomingRenewalsCommand : ICommand<int>;
