using Portal.BuildingBlocks.Contracts;
using Portal.BuildingBlocks.Contracts.Messaging;

namespace Portal.Modules.Webhooks.Contracts.Endpoints;

public sealed record GetWebhookEndpointQuery(BusinessId BusinessId, Mode Mode, string EndpointId) : IQuery<WebhookEndpointDto>;
