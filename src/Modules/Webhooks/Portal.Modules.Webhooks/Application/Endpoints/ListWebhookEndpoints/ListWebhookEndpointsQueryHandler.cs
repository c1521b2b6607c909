namespace Portal.Modules.Webhooks.Application.Endpoints.ListWebhookEndpoints;

/// <summary>Oldest first (by <c>Sequence</c>); the cursor is the last id of the page, and an unknown cursor is an empty last page.</summary>
internal sealed class ListWebhookEndpointsQueryHandler(IWebhooksDbContext db) : IQueryHandler<ListWebhookEndpointsQuery, WebhookEndpointPage>
{
    public async Task<WebhookEndpointPage> Handle(ListWebhookEndpointsQuery query, CancellationToken cancellationToken)
    {
        var endpoints = db.Endpoints.AsNoTracking().Where(e => e.BusinessId == query.BusinessId && e.Mode == query.Mode);
        if (query.Iterator is { } iterator)
        {
            var after = PrefixedId.TryParse<WebhookEndpointId>(iterator, out var id)
                ? await endpoints.Where(e => e.Id == id).Select(e => (long?)e.Sequence).FirstOrDefaultAsync(cancellationToken)
                : null;
            if (after is null)
            {
                return new WebhookEndpointPage([], null);
            }

            endpoints = endpoints.Where(e => e.Sequence > after);
        }

        var rows = await endpoints.OrderBy(e => e.Sequence).Take(query.Limit + 1).ToListAsync(cancellationToken);
        var page = rows.Take(query.Limit).Select(e => e.ToDto()).ToList();
        return new WebhookEndpointPage(page, rows.Count > query.Limit ? page[^1].Id : null);
    }
}
