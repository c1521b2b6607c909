using Portal.Modules.Webhooks.Application.Endpoints;
using Portal.Modules.Webhooks.Contracts.Deliveries;

namespace Portal.Modules.Webhooks.Application.Deliveries.ListWebhookDeliveries;

internal sealed class ListWebhookDeliveriesQueryHandler(IWebhooksDbContext db, WebhookEndpointFinder endpoints) : IQueryHandler<ListWebhookDeliveriesQuery, WebhookDeliveryPage>
{
    public async Task<WebhookDeliveryPage> Handle(ListWebhookDeliveriesQuery query, CancellationToken cancellationToken)
    {
        var endpoint = await endpoints.FindAsync(query.BusinessId, query.Mode, query.EndpointId, cancellationToken);
        var rows = await db.Deliveries.AsNoTracking()
            .Where(d => d.EndpointId == endpoint.Id)
            .OrderByDescending(d => d.CreatedAt).ThenByDescending(d => d.Id)
            .Skip(query.PageNumber * query.PageSize)
            .Take(query.PageSize + 1)
            .Join(db.Messages, d => d.MessageId, m => m.Id, (d, m) => new { Delivery = d, m.Type })
            .ToListAsync(cancellationToken);
        var page = rows.Take(query.PageSize).Select(r => new WebhookDeliveryDto(
            r.Delivery.Id, r.Delivery.MessageId, r.Type, Wire.Name(r.Delivery.Status), r.Delivery.Attempts, r.Delivery.LastResponseCode,
            r.Delivery.LastDurationMs, r.Delivery.LastError, r.Delivery.LastAttemptAt, r.Delivery.NextAttemptAt, r.Delivery.CreatedAt));
        return new WebhookDeliveryPage(endpoint.ToDto(), [.. page], rows.Count > query.PageSize);
    }
}
