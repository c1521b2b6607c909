using Portal.Modules.Billing.Contracts.Refunds;

namespace Portal.Modules.Webhooks.Application.Publishing;

/// <summary>Money given back → <c>refund.succeeded</c>; a refusal → <c>refund.failed</c>; with the refund as <c>POST /refunds</c> answered it.</summary>
[MessageName("webhooks.publish_refund_events")]
internal sealed class RefundEventsHandler(WebhookPublisher publisher, ISender sender)
    : IIntegrationEventHandler<PaymentRefundedIntegrationEvent>, IIntegrationEventHandler<RefundFailedIntegrationEvent>
{
    public Task HandleAsync(PaymentRefundedIntegrationEvent e, CancellationToken cancellationToken) =>
        PublishAsync(e.BusinessId, e.Mode, e.RefundId, WebhookEventType.RefundSucceeded, e.OccurredOnUtc, cancellationToken);

    public Task HandleAsync(RefundFailedIntegrationEvent e, CancellationToken cancellationToken) =>
        PublishAsync(e.BusinessId, e.Mode, e.RefundId, WebhookEventType.RefundFailed, e.OccurredOnUtc, cancellationToken);

    private Task PublishAsync(string businessId, Mode mode, string refundId, WebhookEventType type, DateTimeOffset occurredAt, CancellationToken cancellationToken) =>
        publisher.PublishAsync(businessId, mode, type, "Refund", occurredAt,
            business => sender.QueryAsync(new GetRefundResourceQuery(business, mode, refundId), cancellationToken), cancellationToken);
}
