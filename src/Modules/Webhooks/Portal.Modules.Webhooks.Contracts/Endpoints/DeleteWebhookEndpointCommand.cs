namespace Portal.Modules.Webhooks.Contracts.Endpoints;

/// <summary>Removes the endpoint and its pending deliveries: nothing more is sent to it.</summary>
public sealed record DeleteWebhookEndpointCommand(BusinessId BusinessId, Mode Mode, string EndpointId) : ICommand<bool>;
