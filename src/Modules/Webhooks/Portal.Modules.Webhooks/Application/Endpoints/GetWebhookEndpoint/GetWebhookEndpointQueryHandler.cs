namespace Portal.Modules.Webhooks.Application.Endpoints.GetWebhookEndpoint;

internal sealed class GetWebhookEndpointQueryHandler(WebhookEndpointFinder endpoints) : IQueryHandler<GetWebhookEndpointQuery, WebhookEndpointDto>
{
    public async Task<WebhookEndpointDto> Handle(GetWebhookEndpointQuery query, CancellationToken cancellationToken) =>
        (await endpoints.FindAsync(query.BusinessId, query.Mode, query.EndpointId, cancellationToken)).ToDto();
}
