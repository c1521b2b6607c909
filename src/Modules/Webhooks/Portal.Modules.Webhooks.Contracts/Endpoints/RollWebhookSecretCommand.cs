namespace Portal.Modules.Webhooks.Contracts.Endpoints;

/// <summary>
/// Gives the endpoint a new signing secret. For 24 hours deliveries carry both signatures, the new one and
/// the old, so the merchant's server can switch without refusing a delivery.
/// </summary>
public sealed record RollWebhookSecretCommand(BusinessId BusinessId, Mode Mode, string EndpointId) : ICommand<bool>;
