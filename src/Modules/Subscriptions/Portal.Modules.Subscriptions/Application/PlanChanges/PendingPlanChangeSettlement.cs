using Portal.Modules.Subscriptions.Application.Abstractions;
using Portal.Modules.Subscriptions.Application.Subscriptions;
using Portal.Modules.Subscriptions.Domain.Subscriptions;

namespace Portal.Modules.Subscriptions.Application.PlanChanges;

/// <summary>
/// Settles a plan change waiting for its payment's 3-D Secure authentication (ADR 0027), for a subscription whose row
/// the caller has locked: paid → the change exactly as quoted when it was charged; declined or given up → the plan
/// stays. Whoever learns the outcome first applies it (the customer back from their bank, the signed webhook or the
/// reconciliation job through Billing's event, a cancellation that cannot wait); the others find nothing pending.
/// </summary>
internal sealed class PendingPlanChangeSettlement(ISubscriptionsDbContext db, SubscriptionBiller biller, TimeProvider time)
{
    public static DomainException StillProcessing() =>
        new(Error.Conflict("PAYMENT_PROCESSING", "The payment for this change is still being processed: ask again in a few minutes."));

    /// <summary>
    /// Asks Billing about the waiting payment and applies its outcome. With the customer present it may still wait
    /// (the result says where to authenticate, and nothing changes); without, a payment still waiting is given up.
    /// A null charge: the gateway's answer is not known yet.
    /// </summary>
    public async Task<(PlannedChange Plan, ChargeResult? Charge)> SettleAsync(
        Subscription subscription, PendingPlanChange pending, PresentCustomer? present, SubscriptionActor actor, CancellationToken cancellationToken)
    {
        var plan = await PlanOfAsync(subscription, pending, cancellationToken);
        var charge = await biller.SettlePendingPlanChangeAsync(subscription, pending, present, cancellationToken);
        if (charge is { AuthenticationUrl: null })
        {
            Apply(subscription, plan, charge.Succeeded, charge.PaymentId, charge.FailureCode, actor);
        }

        return (plan, charge);
    }

    /// <summary>Before the subscription ends: the waiting change is settled or given up first, so a payment never lands on an ended subscription.</summary>
    public async Task CloseAsync(Subscription subscription, SubscriptionActor actor, CancellationToken cancellationToken)
    {
        if (subscription.PendingPlanChange is { } pending
            && (await SettleAsync(subscription, pending, present: null, actor, cancellationToken)).Charge is null)
        {
            throw StillProcessing();
        }
    }

    /// <summary>Applies an outcome Billing announced for the waiting payment.</summary>
    public async Task ApplyAsync(
        Subscription subscription, PendingPlanChange pending, bool succeeded, string paymentId, string? failureCode, CancellationToken cancellationToken) =>
        Apply(subscription, await PlanOfAsync(subscription, pending, cancellationToken), succeeded, paymentId, failureCode, SubscriptionActor.System);

    private void Apply(Subscription subscription, PlannedChange plan, bool succeeded, string? paymentId, string? failureCode, SubscriptionActor actor)
    {
        if (succeeded)
        {
            subscription.ChangePlan(plan.Target, plan.Quantity, plan.Quote, paymentId, actor, time.GetUtcNow());
        }
        else
        {
            subscription.RecordPlanChangeDeclined(plan.Target.Id, failureCode ?? "card_declined", paymentId, actor, time.GetUtcNow());
        }
    }

    private async Task<PlannedChange> PlanOfAsync(Subscription subscription, PendingPlanChange pending, CancellationToken cancellationToken) =>
        PlannedChange.Resumed(await db.Products.SingleAsync(p => p.Id == pending.ProductId, cancellationToken), pending, subscription.Currency);
}
