namespace Portal.Modules.Subscriptions.Contracts.PlanChanges;

/// <summary>A business's plan-change rule: updates allowed, and the default mode (Dodo's word) for upgrades and downgrades.</summary>
public sealed record PlanChangeSettingsDto(bool AllowSubscriptionUpdates, string UpgradeProrationMode, string DowngradeProrationMode);
