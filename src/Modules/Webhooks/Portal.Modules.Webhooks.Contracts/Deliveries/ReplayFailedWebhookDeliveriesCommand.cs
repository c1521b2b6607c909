namespace Portal.Modules.Webhooks.Contracts.Deliveries;

/// <summary>Sends again now every failed delivery to the endpoint of an event since <paramref name="Since"/>; answers how many.</summary>
public sealed record ReplayFailedWebhookDeliveriesCommand(BusinessId BusinessId, Mode Mode, string EndpointId, DateTimeOffset Since) : ICommand<int>;
