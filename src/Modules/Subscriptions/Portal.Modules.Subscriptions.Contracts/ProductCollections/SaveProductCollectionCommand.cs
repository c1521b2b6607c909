namespace Portal.Modules.Subscriptions.Contracts.ProductCollections;

/// <summary>
/// Creates a collection (<paramref name="CollectionId"/> null) or replaces one's name, description and
/// tiers. <paramref name="ProductIds"/> are in tier order, lowest first; each product of this business
/// and mode, and in no other collection.
/// </summary>
public sealed record SaveProductCollectionCommand(
    BusinessId BusinessId, Mode Mode, string? CollectionId, string? Name, string? Description, IReadOnlyList<string> ProductIds) : ICommand<ProductCollectionDto>;
