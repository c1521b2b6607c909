using Portal.Modules.Webhooks.Contracts.Endpoints;

namespace Portal.Modules.Webhooks.Application.Endpoints.RollWebhookSecret;

internal sealed class RollWebhookSecretCommandHandler(WebhookEndpointFinder endpoints, IWebhookSecrets secrets, TimeProvider time) : ICommandHandler<RollWebhookSecretCommand, bool>
{
    public async Task<bool> Handle(RollWebhookSecretCommand command, CancellationToken cancellationToken)
    {
        var endpoint = await endpoints.FindAsync(command.BusinessId, command.Mode, command.EndpointId, cancellationToken);
        endpoint.RollSecret(secrets.New().Protected, time.GetUtcNow());
        return true;
    }
}
