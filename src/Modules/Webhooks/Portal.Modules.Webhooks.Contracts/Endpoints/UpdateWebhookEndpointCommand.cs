namespace Portal.Modules.Webhooks.Contracts.Endpoints;

public sealed record UpdateWebhookEndpointCommand(BusinessId BusinessId, Mode Mode, string EndpointId, WebhookEndpointInput Input) : ICommand<WebhookEndpointDto>;
