using Portal.Modules.Webhooks.Application.Delivery;
using Portal.Modules.Webhooks.Application.Endpoints;
using Portal.Modules.Webhooks.Contracts.Deliveries;
using Portal.Modules.Webhooks.Domain.Deliveries;

namespace Portal.Modules.Webhooks.Application.Deliveries.ReplayWebhookDeliveries;

internal sealed class ReplayFailedWebhookDeliveriesCommandHandler(
    IWebhooksDbContext db, WebhookEndpointFinder endpoints, AfterCommit afterCommit, IDeliveryTrigger trigger, TimeProvider time)
    : ICommandHandler<ReplayFailedWebhookDeliveriesCommand, int>
{
    public async Task<int> Handle(ReplayFailedWebhookDeliveriesCommand command, CancellationToken cancellationToken)
    {
        var endpoint = await endpoints.FindAsync(command.BusinessId, command.Mode, command.EndpointId, cancellationToken);
        var failed = await db.Deliveries
            .Where(d => d.EndpointId == endpoint.Id && d.Status == DeliveryStatus.Failed && d.CreatedAt >= command.Since)
            .ToListAsync(cancellationToken);
        var now = time.GetUtcNow();
        foreach (var delivery in failed)
        {
            delivery.Replay(now);
        }

        if (failed.Count > 0)
        {
            afterCommit.Add(trigger.Wake);
        }

        return failed.Count;
    }
}
