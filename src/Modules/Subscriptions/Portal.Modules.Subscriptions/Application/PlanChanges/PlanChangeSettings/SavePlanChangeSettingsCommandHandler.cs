using Portal.Modules.Subscriptions.Application.Abstractions;

namespace Portal.Modules.Subscriptions.Application.PlanChanges.PlanChangeSettings;

internal sealed class SavePlanChangeSettingsCommandHandler(ISubscriptionsDbContext db, TimeProvider time)
    : ICommandHandler<SavePlanChangeSettingsCommand, PlanChangeSettingsDto>
{
    public async Task<PlanChangeSettingsDto> Handle(SavePlanChangeSettingsCommand command, CancellationToken cancellationToken)
    {
        var upgrade = ProrationModes.Parse(command.UpgradeProrationMode);
        var downgrade = ProrationModes.Parse(command.DowngradeProrationMode);
        var policy = await db.PlanChangePolicies.FirstOrDefaultAsync(p => p.BusinessId == command.BusinessId, cancellationToken);
        if (policy is null)
        {
            policy = PlanChangePolicy.Default(command.BusinessId);
            db.PlanChangePolicies.Add(policy);
        }

        policy.Update(command.AllowSubscriptionUpdates, upgrade, downgrade, time.GetUtcNow());
        return new PlanChangeSettingsDto(policy.AllowSubscriptionUpdates, Wire.Name(upgrade), Wire.Name(downgrade));
    }
}
