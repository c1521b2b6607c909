namespace Portal.BuildingBlocks.Infrastructure.Outbox;

/// <summary>How many outbox and inbox rows of one module a purge removed.</summary>
public sealed record PurgedMessages(int Outbox, int Inbox);
