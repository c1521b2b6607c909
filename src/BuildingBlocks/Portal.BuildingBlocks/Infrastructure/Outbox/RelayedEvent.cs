namespace Portal.BuildingBlocks.Infrastructure.Outbox;

/// <summary>One committed outbox row as the relay hands it to a delivery job: its id and its sealed payload.</summary>
public sealed record RelayedEvent(Guid Id, string SealedPayload);
