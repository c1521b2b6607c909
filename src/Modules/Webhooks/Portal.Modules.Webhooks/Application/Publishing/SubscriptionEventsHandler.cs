using System.Text.Json;
using System.Text.Json.Nodes;
using Portal.Modules.Subscriptions.Contracts.Subscriptions;

namespace Portal.Modules.Webhooks.Application.Publishing;

/// <summary>
/// A subscription's history line → Dodo's subscription event, with the subscription as
/// <c>GET /subscriptions/{id}</c> answers it. Lines Dodo has no event for (created, a declined retry of the
/// dues, a declined plan change, test clock moves) publish nothing: the payment events tell of the declines.
/// Going on hold also starts dunning (<c>dunning.started</c>), and coming back from it recovers it
/// (<c>dunning.recovered</c>), whose data Dodo defines apart from the subscription.
/// </summary>
[MessageName("webhooks.publish_subscription_events")]
internal sealed class SubscriptionEventsHandler(WebhookPublisher publisher, ISender sender) : IIntegrationEventHandler<SubscriptionChangedIntegrationEvent>
{
    public static WebhookEventType? TypeOf(SubscriptionChange change) => change switch
    {
        SubscriptionChange.Activated or SubscriptionChange.Reactivated => WebhookEventType.SubscriptionActive,
        SubscriptionChange.Renewed => WebhookEventType.SubscriptionRenewed,
        SubscriptionChange.PutOnHold => WebhookEventType.SubscriptionOnHold,
        SubscriptionChange.PlanChanged => WebhookEventType.SubscriptionPlanChanged,
        SubscriptionChange.Cancelled => WebhookEventType.SubscriptionCancelled,
        SubscriptionChange.Expired => WebhookEventType.SubscriptionExpired,
        SubscriptionChange.Failed => WebhookEventType.SubscriptionFailed,
        SubscriptionChange.PaymentMethodChanged => WebhookEventType.SubscriptionUpdatePaymentMethod,
        SubscriptionChange.CancellationScheduled or SubscriptionChange.CancellationUndone or SubscriptionChange.BillingUpdated => WebhookEventType.SubscriptionUpdated,
        SubscriptionChange.Created or SubscriptionChange.DuesAttemptFailed or SubscriptionChange.PlanChangeDeclined or SubscriptionChange.TimeTravelled => null,
        _ => throw new ArgumentOutOfRangeException(nameof(change), change, "A subscription change without a webhook decision."),
    };

    public async Task HandleAsync(SubscriptionChangedIntegrationEvent e, CancellationToken cancellationToken)
    {
        if (TypeOf(e.Change) is { } type)
        {
            await publisher.PublishAsync(e.BusinessId, e.Mode, type, "Subscription", e.OccurredOnUtc,
                business => sender.QueryAsync(new GetSubscriptionResourceQuery(business, e.Mode, e.SubscriptionId), cancellationToken), cancellationToken);
        }

        if (e.Change is SubscriptionChange.PutOnHold or SubscriptionChange.Reactivated)
        {
            var started = e.Change == SubscriptionChange.PutOnHold;
            var dunning = new JsonObject
            {
                ["brand_id"] = e.BusinessId,
                ["created_at"] = e.OccurredOnUtc,
                ["customer_id"] = e.CustomerId,
                ["status"] = started ? "recovering" : "recovered",
                ["subscription_id"] = e.SubscriptionId,
                ["trigger_state"] = "on_hold",
                ["payment_id"] = e.PaymentId,
            };
            await publisher.PublishAsync(e.BusinessId, e.Mode, started ? WebhookEventType.DunningStarted : WebhookEventType.DunningRecovered, null, e.OccurredOnUtc,
                _ => Task.FromResult(JsonSerializer.SerializeToElement(dunning)), cancellationToken);
        }
    }
}
