namespace Portal.Modules.Webhooks.Contracts.Endpoints;

/// <summary>
/// Adds an endpoint with a new secret. The URL must be https in live mode and must not point into a
/// private network unless <c>Webhooks:AllowPrivateNetworks</c> is set; at most 20 endpoints per business
/// and mode. The same <paramref name="IdempotencyKey"/> again answers the endpoint it created.
/// </summary>
public sealed record CreateWebhookEndpointCommand(
    BusinessId BusinessId, Mode Mode, WebhookEndpointInput Input, IReadOnlyDictionary<string, string>? Headers, string? IdempotencyKey)
    : ICommand<WebhookEndpointDto>;
