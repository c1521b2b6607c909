namespace Portal.Modules.Webhooks.Contracts.Deliveries;

/// <summary>Sends one delivery again now, with its <c>webhook-id</c>: one more attempt, whatever its status was.</summary>
public sealed record ReplayWebhookDeliveryCommand(BusinessId BusinessId, Mode Mode, string EndpointId, Guid DeliveryId) : ICommand<bool>;
