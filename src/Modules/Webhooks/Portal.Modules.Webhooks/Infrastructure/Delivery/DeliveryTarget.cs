using StandardWebhooks;

namespace Portal.Modules.Webhooks.Infrastructure.Delivery;

/// <summary>An endpoint as one batch of deliveries sees it, with its secrets revealed once for the batch: the current one, and the previous one for a day after a roll.</summary>
internal sealed record DeliveryTarget(WebhookEndpoint Endpoint, IReadOnlyList<StandardWebhook> Signers);
