namespace Portal.Modules.Webhooks.Application.Endpoints;

/// <summary>An endpoint of this business and mode; anything else (malformed, foreign, other mode) is 404, never a hint.</summary>
internal sealed class WebhookEndpointFinder(IWebhooksDbContext db)
{
    public async Task<WebhookEndpoint> FindAsync(BusinessId businessId, Mode mode, string? endpointId, CancellationToken cancellationToken) =>
        PrefixedId.TryParse<WebhookEndpointId>(endpointId, out var id)
        && await db.Endpoints.FirstOrDefaultAsync(e => e.Id == id && e.BusinessId == businessId && e.Mode == mode, cancellationToken) is { } endpoint
            ? endpoint
            : throw new DomainException(Error.NotFound("Webhook not found."));
}
