namespace Portal.Modules.Webhooks.Application.Endpoints.DeleteWebhookEndpoint;

/// <summary>The endpoint's deliveries go with it (cascade), so nothing more is sent to its URL.</summary>
internal sealed class DeleteWebhookEndpointCommandHandler(IWebhooksDbContext db, WebhookEndpointFinder endpoints) : ICommandHandler<DeleteWebhookEndpointCommand, bool>
{
    public async Task<bool> Handle(DeleteWebhookEndpointCommand command, CancellationToken cancellationToken)
    {
        db.Endpoints.Remove(await endpoints.FindAsync(command.BusinessId, command.Mode, command.EndpointId, cancellationToken));
        return true;
    }
}
