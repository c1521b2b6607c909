namespace Portal.Modules.Subscriptions.Contracts.Subscriptions;

/// <summary>The dues collection job's work: retries the dues of on-hold subscriptions whose retry has come. Answers how many changed.</summary>
public sealed record CollectDuesCommand : ICommand<int>;
