namespace Portal.BuildingBlocks.Contracts.Messaging;

/// <summary>
/// A list narrowed to rows created within bounds, both included (Dodo's <c>created_at_gte</c> and <c>created_at_lte</c>);
/// either may be absent. Bounds that contradict each other are refused by <c>CreationBoundsValidator</c>.
/// </summary>
public interface ICreationBoundedQuery
{
    DateTimeOffset? CreatedAtGte { get; }

    DateTimeOffset? CreatedAtLte { get; }
}
