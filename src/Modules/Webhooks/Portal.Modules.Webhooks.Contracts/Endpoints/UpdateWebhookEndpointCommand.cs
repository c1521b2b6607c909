using Portal.BuildingBlocks.Contracts;
using Portal.BuildingBlocks.Contracts.Messaging;

namespace Portal.Modules.Webhooks.Contracts.Endpoints;

public sealed record UpdateWebhookEndpointCommand(BusinessId BusinessId, Mode Mode, string EndpointId, WebhookEndpointInput Input) : ICommand<WebhookEndpointDto>;
