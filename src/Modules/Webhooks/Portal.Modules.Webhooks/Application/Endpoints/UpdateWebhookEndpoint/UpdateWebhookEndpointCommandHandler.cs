namespace Portal.Modules.Webhooks.Application.Endpoints.UpdateWebhookEndpoint;

internal sealed class UpdateWebhookEndpointCommandHandler(WebhookEndpointFinder endpoints, IWebhookAddressGuard addresses, TimeProvider time)
    : ICommandHandler<UpdateWebhookEndpointCommand, WebhookEndpointDto>
{
    public async Task<WebhookEndpointDto> Handle(UpdateWebhookEndpointCommand command, CancellationToken cancellationToken)
    {
        var endpoint = await endpoints.FindAsync(command.BusinessId, command.Mode, command.EndpointId, cancellationToken);
        if (command.Input.Url is { } url)
        {
            await addresses.EnsureAllowedAsync(url, command.Mode, cancellationToken);
        }

        endpoint.Update(command.Input, time.GetUtcNow());
        return endpoint.ToDto();
    }
}
