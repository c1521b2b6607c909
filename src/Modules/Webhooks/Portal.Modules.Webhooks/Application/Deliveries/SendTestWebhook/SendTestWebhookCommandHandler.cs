using Portal.Modules.Webhooks.Application.Endpoints;
using Portal.Modules.Webhooks.Application.Publishing;
using Portal.Modules.Webhooks.Contracts.Deliveries;

namespace Portal.Modules.Webhooks.Application.Deliveries.SendTestWebhook;

/// <summary>A disabled endpoint receives nothing, tests included: 422 <c>WEBHOOK_DISABLED</c>.</summary>
internal sealed class SendTestWebhookCommandHandler(WebhookEndpointFinder endpoints, WebhookPublisher publisher) : ICommandHandler<SendTestWebhookCommand, bool>
{
    public async Task<bool> Handle(SendTestWebhookCommand command, CancellationToken cancellationToken)
    {
        var endpoint = await endpoints.FindAsync(command.BusinessId, command.Mode, command.EndpointId, cancellationToken);
        if (endpoint.Disabled)
        {
            throw new DomainException(Error.Validation("WEBHOOK_DISABLED", "The endpoint is disabled: enable it to send it a test event."));
        }

        publisher.SendTest(endpoint);
        return true;
    }
}
