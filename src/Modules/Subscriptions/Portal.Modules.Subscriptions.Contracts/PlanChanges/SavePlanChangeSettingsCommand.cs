namespace Portal.Modules.Subscriptions.Contracts.PlanChanges;

/// <summary>Sets the business's plan-change rule; modes are Dodo's words (anything else → 422 <c>INVALID_PRORATION_MODE</c>).</summary>
public sealed record SavePlanChangeSettingsCommand(BusinessId BusinessId, bool AllowSubscriptionUpdates, string? UpgradeProrationMode, string? DowngradeProrationMode)
    : ICommand<PlanChangeSettingsDto>;
