using Portal.Modules.Subscriptions.Application.Abstractions;
using Portal.Modules.Subscriptions.Application.PlanChanges;

namespace Portal.Modules.Subscriptions.Application.Subscriptions.SettlePayments;

/// <summary>
/// Applies a subscription payment whose outcome Billing learnt later (a timeout settled by a retry,
/// the reconciliation job or a webhook). The key says which charge it was; the subscription applies it
/// only if that charge is still the one it waits for, so an outcome already applied is a no-op. Dues paid
/// late with another card than the subscription's own (one the customer authenticated with their bank, then
/// left before coming back) make that card the subscription's, as a reactivation in the portal does. A plan change
/// waiting for its payment's authentication is applied as quoted, or dropped when declined.
/// </summary>
internal sealed class LatePaymentOutcome(ISubscriptionsDbContext db, SubscriptionBiller biller, PendingPlanChangeSettlement pendingChanges, TimeProvider time)
{
    public async Task ApplyAsync(
        string? subscriptionId, string key, bool succeeded, string paymentId, string? failureCode, CancellationToken cancellationToken, string? paymentMethodId = null)
    {
        if (!PrefixedId.TryParse<SubscriptionId>(subscriptionId, out var id) || !key.StartsWith($"subscription:{id.Value}:", StringComparison.Ordinal))
        {
            return;
        }

        // The delivery job's transaction (inbox row included) holds the lock and saves what changes here.
        if (await db.LockSubscriptionAsync(id, skipLocked: false, cancellationToken) is not { } subscription)
        {
            return;
        }

        var now = time.GetUtcNow();
        if (subscription.PendingPlanChange is { } pending && key == pending.PaymentKey)
        {
            await pendingChanges.ApplyAsync(subscription, pending, succeeded, paymentId, failureCode, cancellationToken);
        }
        else if (key == subscription.FirstPaymentKey)
        {
            subscription.ApplyFirstPayment(succeeded, paymentId, failureCode, now);
        }
        else if (key == subscription.RenewalKey)
        {
            subscription.ApplyRenewal(key, succeeded, paymentId, failureCode, biller.Schedule, now);
        }
        else if (key == subscription.DuesKey)
        {
            // Whoever made it, a declined attempt made while a scheduled retry was due counts as that retry.
            var reactivated = subscription.ApplyDuesPayment(key, succeeded, paymentId, failureCode, subscription.IsDuesRetryDue(now), biller.Schedule, SubscriptionActor.System, now);
            // A subscription that follows the customer's default card keeps following it.
            if (reactivated && succeeded && paymentMethodId is not null && subscription.PaymentMethodId is not null)
            {
                subscription.ChangePaymentMethod(paymentMethodId, SubscriptionActor.System, now, Domain.Subscriptions.Subscription.DuesPaidWithTheCard);
            }
        }
    }
}
