namespace Portal.BuildingBlocks.Infrastructure.Persistence;

/// <summary>Marks that one handler of the consuming module has processed one integration event.</summary>
public sealed class InboxMessage
{
    public Guid EventId { get; init; }

    public required string Handler { get; init; }

    public DateTimeOffset ProcessedOnUtc { get; init; }
}
