using Portal.Modules.Subscriptions.Application.Abstractions;
using Portal.Modules.Subscriptions.Application.Subscriptions;

namespace Portal.Modules.Subscriptions.Application.PlanChanges.ChangePlan;

/// <summary>
/// Under the subscription's row lock: plans the change from the committed row, charges it with the
/// next plan change's key (so a retry finds the same payment, and a concurrent change waits and then
/// prices itself from the new plan), and applies it only when paid. A decline is recorded (the next
/// attempt gets a new key) and the plan stays.
/// </summary>
internal sealed class ChangeSubscriptionPlanCommandHandler(
    ISubscriptionsDbContext db, LockedSubscription locked, PlanChangePlanner planner, SubscriptionBiller biller, TimeProvider time)
    : ICommandHandler<ChangeSubscriptionPlanCommand, PlanChangeResultDto>
{
    public async Task<PlanChangeResultDto> Handle(ChangeSubscriptionPlanCommand command, CancellationToken cancellationToken)
    {
        (string? Outcome, PlanChangePreviewDto? Preview, ChargeResult? Charge) result = default;
        var subscription = await locked.ChangeAsync(command.BusinessId, command.Mode, command.SubscriptionId, command.Customer, async subscription =>
        {
            var plan = await planner.PlanAsync(subscription, command.ProductId, command.Quantity, command.ProrationMode, cancellationToken);
            var fromName = await db.Products.AsNoTracking().Where(p => p.Id == subscription.ProductId).Select(p => p.Name).SingleAsync(cancellationToken);
            var preview = PlanChangePreview.From(subscription, fromName, plan, 0, time.GetUtcNow());
            if (plan.IsSamePlan)
            {
                result = (PlanChangeResultDto.Unchanged, preview, null);
                return;
            }

            var actor = command.Actor;
            var charge = plan.Quote.ChargesNow
                ? await biller.ChargePlanChangeAsync(subscription, plan, cancellationToken)
                    ?? throw new DomainException(Error.Conflict("PAYMENT_PROCESSING", "The payment for this change is still being processed: ask again in a few minutes."))
                : null;
            if (charge is { Succeeded: false })
            {
                subscription.RecordPlanChangeDeclined(plan.Target.Id, charge.FailureCode, charge.PaymentId, actor, time.GetUtcNow());
                result = (PlanChangeResultDto.Declined, preview, charge);
                return;
            }

            subscription.ChangePlan(plan.Target, plan.Quantity, plan.Quote, charge?.PaymentId, actor, time.GetUtcNow());
            result = (PlanChangeResultDto.Changed, preview, charge);
        }, cancellationToken);
        return new PlanChangeResultDto(
            result.Outcome!, subscription, result.Preview!, result.Charge?.PaymentId, result.Charge?.FailureCode, result.Charge?.CreditApplied ?? 0);
    }
}
