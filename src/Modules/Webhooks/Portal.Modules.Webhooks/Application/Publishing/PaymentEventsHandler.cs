using Portal.Modules.Billing.Contracts.Payments;

namespace Portal.Modules.Webhooks.Application.Publishing;

/// <summary>Billing's payment outcomes → <c>payment.succeeded</c>, <c>payment.failed</c> and <c>payment.processing</c>, with the payment as <c>GET /payments/{id}</c> answers it.</summary>
[MessageName("webhooks.publish_payment_events")]
internal sealed class PaymentEventsHandler(WebhookPublisher publisher, ISender sender)
    : IIntegrationEventHandler<PaymentSucceededIntegrationEvent>, IIntegrationEventHandler<PaymentFailedIntegrationEvent>, IIntegrationEventHandler<PaymentProcessingIntegrationEvent>
{
    public Task HandleAsync(PaymentProcessingIntegrationEvent e, CancellationToken cancellationToken) =>
        PublishAsync(e.BusinessId, e.Mode, e.PaymentId, WebhookEventType.PaymentProcessing, e.OccurredOnUtc, cancellationToken);

    public Task HandleAsync(PaymentSucceededIntegrationEvent e, CancellationToken cancellationToken) =>
        PublishAsync(e.BusinessId, e.Mode, e.PaymentId, WebhookEventType.PaymentSucceeded, e.OccurredOnUtc, cancellationToken);

    public Task HandleAsync(PaymentFailedIntegrationEvent e, CancellationToken cancellationToken) =>
        PublishAsync(e.BusinessId, e.Mode, e.PaymentId, WebhookEventType.PaymentFailed, e.OccurredOnUtc, cancellationToken);

    private Task PublishAsync(string businessId, Mode mode, string paymentId, WebhookEventType type, DateTimeOffset occurredAt, CancellationToken cancellationToken) =>
        publisher.PublishAsync(businessId, mode, type, "Payment", occurredAt,
            business => sender.QueryAsync(new GetPaymentResourceQuery(business, mode, paymentId), cancellationToken), cancellationToken);
}
