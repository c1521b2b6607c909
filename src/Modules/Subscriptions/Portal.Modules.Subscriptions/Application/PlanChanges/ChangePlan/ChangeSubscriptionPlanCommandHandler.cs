using Portal.Modules.Subscriptions.Application.Abstractions;
using Portal.Modules.Subscriptions.Application.Subscriptions;
using Portal.Modules.Subscriptions.Domain.Subscriptions;

namespace Portal.Modules.Subscriptions.Application.PlanChanges.ChangePlan;

/// <summary>
/// Under the subscription's row lock: plans the change from the committed row, charges it with the
/// next plan change's key (so a retry finds the same payment, and a concurrent change waits and then
/// prices itself from the new plan), and applies it only when paid. A decline is recorded (the next
/// attempt gets a new key) and the plan stays. A payment the customer must authenticate keeps the change
/// waiting as quoted (<see cref="PendingPlanChangeSettlement"/>): the customer back from their bank, or asking
/// for the same change again, settles that payment; any other change waits until it is settled.
/// </summary>
internal sealed class ChangeSubscriptionPlanCommandHandler(
    ISubscriptionsDbContext db, LockedSubscription locked, PlanChangePlanner planner, SubscriptionBiller biller, PendingPlanChangeSettlement pendingChanges, TimeProvider time)
    : ICommandHandler<ChangeSubscriptionPlanCommand, PlanChangeResultDto>
{
    public async Task<PlanChangeResultDto> Handle(ChangeSubscriptionPlanCommand command, CancellationToken cancellationToken)
    {
        var present = command.ReturnUrl is { } returnUrl ? new PresentCustomer(returnUrl, command.BackFromAuthentication) : null;
        (string? Outcome, PlanChangePreviewDto? Preview, ChargeResult? Charge) result = default;
        var subscription = await locked.ChangeAsync(command.BusinessId, command.Mode, command.SubscriptionId, command.Customer, async subscription =>
        {
            if (subscription.PendingPlanChange is { } pending)
            {
                result = await ResumeAsync(subscription, pending, command, present, cancellationToken);
                return;
            }

            if (command.BackFromAuthentication)
            {
                result = await SettledMeanwhileAsync(subscription, command, cancellationToken);
                return;
            }

            var plan = await planner.PlanAsync(subscription, command.ProductId, command.Quantity, command.ProrationMode, cancellationToken);
            var preview = await PreviewAsync(subscription, plan, cancellationToken);
            if (plan.IsSamePlan)
            {
                result = (PlanChangeResultDto.Unchanged, preview, null);
                return;
            }

            var actor = command.Actor;
            var charge = plan.Quote.ChargesNow
                ? await biller.ChargePlanChangeAsync(subscription, plan, cancellationToken, present) ?? throw PendingPlanChangeSettlement.StillProcessing()
                : null;
            switch (charge)
            {
                case { AuthenticationUrl: not null }:
                    subscription.AwaitPlanChangeAuthentication(plan.Target.Id, plan.Quantity, plan.Quote, charge.PaymentId!, time.GetUtcNow());
                    result = (PlanChangeResultDto.RequiresCustomerAction, preview, charge);
                    return;
                case { Succeeded: false }:
                    subscription.RecordPlanChangeDeclined(plan.Target.Id, charge.FailureCode, charge.PaymentId, actor, time.GetUtcNow());
                    result = (PlanChangeResultDto.Declined, preview, charge);
                    return;
                default:
                    subscription.ChangePlan(plan.Target, plan.Quantity, plan.Quote, charge?.PaymentId, actor, time.GetUtcNow());
                    result = (PlanChangeResultDto.Changed, preview, charge);
                    return;
            }
        }, cancellationToken);
        return new PlanChangeResultDto(
            result.Outcome!, subscription, result.Preview!, result.Charge?.PaymentId, result.Charge?.FailureCode, result.Charge?.CreditApplied ?? 0, result.Charge?.AuthenticationUrl);
    }

    /// <summary>
    /// A change waits for its payment: the customer present for it (back from their bank, or confirming it again) settles
    /// that payment, never a new one. Anyone else, or another change, is refused until it is settled.
    /// </summary>
    private async Task<(string, PlanChangePreviewDto, ChargeResult?)> ResumeAsync(
        Subscription subscription, PendingPlanChange pending, ChangeSubscriptionPlanCommand command, PresentCustomer? present, CancellationToken cancellationToken)
    {
        if (present is null || (!present.BackFromAuthentication && command.ProductId != pending.ProductId.Value))
        {
            throw new DomainException(Error.Conflict(
                "PLAN_CHANGE_AWAITING_AUTHENTICATION",
                "A plan change is waiting for the customer to authenticate its payment with their bank; it is settled within an hour."));
        }

        var (plan, charge) = await pendingChanges.SettleAsync(subscription, pending, present, command.Actor, cancellationToken);
        var outcome = charge switch
        {
            null => throw PendingPlanChangeSettlement.StillProcessing(),
            { AuthenticationUrl: not null } => PlanChangeResultDto.RequiresCustomerAction,
            { Succeeded: true } => PlanChangeResultDto.Changed,
            _ => PlanChangeResultDto.Declined,
        };
        return (outcome, await PreviewAsync(subscription, plan, cancellationToken), charge);
    }

    /// <summary>
    /// Back from their bank after the webhook (or the job) settled the payment first: changed when the subscription is on
    /// the plan asked for, else declined for the reason its last declined attempt at that plan gave. Nothing is charged.
    /// </summary>
    private async Task<(string, PlanChangePreviewDto, ChargeResult?)> SettledMeanwhileAsync(
        Subscription subscription, ChangeSubscriptionPlanCommand command, CancellationToken cancellationToken)
    {
        var plan = await planner.PlanAsync(subscription, command.ProductId, command.Quantity, command.ProrationMode, cancellationToken);
        var preview = await PreviewAsync(subscription, plan, cancellationToken);
        if (plan.IsSamePlan)
        {
            return (PlanChangeResultDto.Changed, preview, null);
        }

        var declined = await db.SubscriptionTransitions
            .Where(t => EF.Property<SubscriptionId>(t, "SubscriptionId") == subscription.Id
                && t.Change == SubscriptionChange.PlanChangeDeclined && t.ToProductId == plan.Target.Id)
            .OrderByDescending(t => t.Id)
            .Select(t => new { t.Reason, t.PaymentId })
            .FirstOrDefaultAsync(cancellationToken);
        return (PlanChangeResultDto.Declined, preview, new ChargeResult(false, declined?.PaymentId, declined?.Reason ?? "card_declined"));
    }

    private async Task<PlanChangePreviewDto> PreviewAsync(Subscription subscription, PlannedChange plan, CancellationToken cancellationToken)
    {
        var fromName = await db.Products.AsNoTracking().Where(p => p.Id == subscription.ProductId).Select(p => p.Name).SingleAsync(cancellationToken);
        return PlanChangePreview.From(subscription, fromName, plan, 0, time.GetUtcNow());
    }
}
