using Portal.Modules.Billing.Contracts.Refunds;

namespace Portal.Modules.Webhooks.Application.Publishing;

/// <summary>Money given back → <c>refund.succeeded</c>, with the refund as <c>POST /refunds</c> answered it.</summary>
[MessageName("webhooks.publish_refund_events")]
internal sealed class RefundEventsHandler(WebhookPublisher publisher, ISender sender) : IIntegrationEventHandler<PaymentRefundedIntegrationEvent>
{
    public Task HandleAsync(PaymentRefundedIntegrationEvent e, CancellationToken cancellationToken) =>
        publisher.PublishAsync(e.BusinessId, e.Mode, WebhookEventType.RefundSucceeded, "Refund", e.OccurredOnUtc,
            business => sender.QueryAsync(new GetRefundResourceQuery(business, e.Mode, e.RefundId), cancellationToken), cancellationToken);
}
