namespace Portal.Modules.Subscriptions.Application.PlanChanges.PlanChangeSettings;

internal sealed class GetPlanChangeSettingsQueryHandler(PlanChangePlanner planner) : IQueryHandler<GetPlanChangeSettingsQuery, PlanChangeSettingsDto>
{
    public async Task<PlanChangeSettingsDto> Handle(GetPlanChangeSettingsQuery query, CancellationToken cancellationToken)
    {
        var policy = await planner.PolicyAsync(query.BusinessId, cancellationToken);
        return new PlanChangeSettingsDto(policy.AllowSubscriptionUpdates, Wire.Name(policy.UpgradeMode), Wire.Name(policy.DowngradeMode));
    }
}
