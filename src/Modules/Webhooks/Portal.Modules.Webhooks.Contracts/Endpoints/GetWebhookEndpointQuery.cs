namespace Portal.Modules.Webhooks.Contracts.Endpoints;

public sealed record GetWebhookEndpointQuery(BusinessId BusinessId, Mode Mode, string EndpointId) : IQuery<WebhookEndpointDto>;
