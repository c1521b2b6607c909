namespace Portal.Modules.Webhooks.Application.Endpoints.WebhookHeaders;

internal sealed class GetWebhookHeadersQueryHandler(WebhookEndpointFinder endpoints) : IQueryHandler<GetWebhookHeadersQuery, IReadOnlyDictionary<string, string>>
{
    public async Task<IReadOnlyDictionary<string, string>> Handle(GetWebhookHeadersQuery query, CancellationToken cancellationToken) =>
        (await endpoints.FindAsync(query.BusinessId, query.Mode, query.EndpointId, cancellationToken)).Headers;
}
