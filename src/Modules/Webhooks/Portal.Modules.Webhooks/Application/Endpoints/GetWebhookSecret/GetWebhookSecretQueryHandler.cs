namespace Portal.Modules.Webhooks.Application.Endpoints.GetWebhookSecret;

internal sealed class GetWebhookSecretQueryHandler(WebhookEndpointFinder endpoints, IWebhookSecrets secrets) : IQueryHandler<GetWebhookSecretQuery, string>
{
    public async Task<string> Handle(GetWebhookSecretQuery query, CancellationToken cancellationToken) =>
        secrets.Reveal((await endpoints.FindAsync(query.BusinessId, query.Mode, query.EndpointId, cancellationToken)).ProtectedSecret);
}
