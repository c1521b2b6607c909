using Portal.Modules.Billing.Contracts.Payments;

namespace Portal.Modules.Webhooks.Application.Publishing;

/// <summary>
/// Billing's payment outcomes → <c>payment.succeeded</c>, <c>payment.failed</c> and <c>payment.processing</c>, with the
/// payment as <c>GET /payments/{id}</c> answers it. Every charge announces one, so they come a job's batch at a time:
/// the batch's payments are read together rather than one read each.
/// </summary>
[MessageName("webhooks.publish_payment_events")]
internal sealed class PaymentEventsHandler(WebhookPublisher publisher, ISender sender)
    : IIntegrationEventBatchHandler<PaymentSucceededIntegrationEvent>,
        IIntegrationEventBatchHandler<PaymentFailedIntegrationEvent>,
        IIntegrationEventBatchHandler<PaymentProcessingIntegrationEvent>
{
    public Task HandleAsync(IReadOnlyList<PaymentProcessingIntegrationEvent> events, CancellationToken cancellationToken) =>
        PublishAsync([.. events.Select(e => new Announcement(e.BusinessId, e.Mode, WebhookEventType.PaymentProcessing, e.PaymentId, e.OccurredOnUtc))], cancellationToken);

    public Task HandleAsync(IReadOnlyList<PaymentSucceededIntegrationEvent> events, CancellationToken cancellationToken) =>
        PublishAsync([.. events.Select(e => new Announcement(e.BusinessId, e.Mode, WebhookEventType.PaymentSucceeded, e.PaymentId, e.OccurredOnUtc))], cancellationToken);

    public Task HandleAsync(IReadOnlyList<PaymentFailedIntegrationEvent> events, CancellationToken cancellationToken) =>
        PublishAsync([.. events.Select(e => new Announcement(e.BusinessId, e.Mode, WebhookEventType.PaymentFailed, e.PaymentId, e.OccurredOnUtc))], cancellationToken);

    private Task PublishAsync(IReadOnlyList<Announcement> announcements, CancellationToken cancellationToken) =>
        publisher.PublishAsync(announcements, "Payment",
            (business, mode, paymentIds) => sender.QueryAsync(new GetPaymentResourcesQuery(business, mode, paymentIds), cancellationToken), cancellationToken);
}
