namespace Portal.Modules.Subscriptions.Contracts.PlanChanges;

/// <summary>The business's plan-change rule (the same in test and live mode); off until set.</summary>
public sealed record GetPlanChangeSettingsQuery(BusinessId BusinessId) : IQuery<PlanChangeSettingsDto>;
