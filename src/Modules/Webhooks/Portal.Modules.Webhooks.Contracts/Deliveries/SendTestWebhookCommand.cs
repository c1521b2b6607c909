namespace Portal.Modules.Webhooks.Contracts.Deliveries;

/// <summary>Sends the endpoint a signed <c>webhook.test</c> event now, whatever its filter, to check the receiving side.</summary>
public sealed record SendTestWebhookCommand(BusinessId BusinessId, Mode Mode, string EndpointId) : ICommand<bool>;
