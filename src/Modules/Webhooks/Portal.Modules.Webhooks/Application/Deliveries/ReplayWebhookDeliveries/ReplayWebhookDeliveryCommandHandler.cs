using Portal.Modules.Webhooks.Application.Delivery;
using Portal.Modules.Webhooks.Application.Endpoints;
using Portal.Modules.Webhooks.Contracts.Deliveries;

namespace Portal.Modules.Webhooks.Application.Deliveries.ReplayWebhookDeliveries;

internal sealed class ReplayWebhookDeliveryCommandHandler(
    IWebhooksDbContext db, WebhookEndpointFinder endpoints, AfterCommit afterCommit, IDeliveryTrigger trigger, TimeProvider time)
    : ICommandHandler<ReplayWebhookDeliveryCommand, bool>
{
    public async Task<bool> Handle(ReplayWebhookDeliveryCommand command, CancellationToken cancellationToken)
    {
        var endpoint = await endpoints.FindAsync(command.BusinessId, command.Mode, command.EndpointId, cancellationToken);
        var delivery = await db.Deliveries.FirstOrDefaultAsync(d => d.Id == command.DeliveryId && d.EndpointId == endpoint.Id, cancellationToken)
            ?? throw new DomainException(Error.NotFound("Delivery not found."));
        delivery.Replay(time.GetUtcNow());
        afterCommit.Add(trigger.Wake);
        return true;
    }
}
