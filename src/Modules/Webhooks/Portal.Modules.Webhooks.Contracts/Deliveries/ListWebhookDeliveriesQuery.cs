using Portal.Modules.Webhooks.Contracts.Endpoints;

namespace Portal.Modules.Webhooks.Contracts.Deliveries;

/// <summary>An endpoint's deliveries, newest first, a page at a time (404 for another business's or mode's endpoint).</summary>
public sealed record ListWebhookDeliveriesQuery(BusinessId BusinessId, Mode Mode, string EndpointId, int PageNumber, int PageSize) : IQuery<WebhookDeliveryPage>;

public sealed record WebhookDeliveryPage(WebhookEndpointDto Endpoint, IReadOnlyList<WebhookDeliveryDto> Deliveries, bool HasMore);
