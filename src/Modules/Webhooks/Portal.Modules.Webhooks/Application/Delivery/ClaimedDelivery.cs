namespace Portal.Modules.Webhooks.Application.Delivery;

/// <summary>A delivery a run of the delivery job holds under its lease: which attempt this is, and the message's sealed body.</summary>
internal sealed record ClaimedDelivery(Guid Id, string EndpointId, int Attempt, string MessageId, string SealedBody);
