using Portal.Modules.Licensing.Contracts.LicenseKeys;

namespace Portal.Modules.Webhooks.Application.Publishing;

/// <summary>A key issued for a purchase → <c>license_key.created</c>, with the key as <c>GET /license_keys/{id}</c> answers it.</summary>
[MessageName("webhooks.publish_license_key_events")]
internal sealed class LicenseKeyEventsHandler(WebhookPublisher publisher, ISender sender) : IIntegrationEventHandler<LicenseKeyIssuedIntegrationEvent>
{
    public Task HandleAsync(LicenseKeyIssuedIntegrationEvent e, CancellationToken cancellationToken) =>
        publisher.PublishAsync(e.BusinessId, e.Mode, WebhookEventType.LicenseKeyCreated, "LicenseKey", e.OccurredOnUtc,
            business => sender.QueryAsync(new GetLicenseKeyResourceQuery(business, e.Mode, e.LicenseKeyId), cancellationToken), cancellationToken);
}
