namespace Portal.Modules.Webhooks.Application.Endpoints.WebhookHeaders;

internal sealed class UpdateWebhookHeadersCommandHandler(WebhookEndpointFinder endpoints, TimeProvider time) : ICommandHandler<UpdateWebhookHeadersCommand, bool>
{
    public async Task<bool> Handle(UpdateWebhookHeadersCommand command, CancellationToken cancellationToken)
    {
        (await endpoints.FindAsync(command.BusinessId, command.Mode, command.EndpointId, cancellationToken)).SetHeaders(command.Headers, time.GetUtcNow());
        return true;
    }
}
