namespace Portal.Modules.Subscriptions.Domain.ProductCollections;

/// <summary>
/// Products offered as tiers, lowest first: moving to a later one is an upgrade, to an earlier one a
/// downgrade. A product belongs to at most one collection (checked by the handler across collections).
/// </summary>
internal sealed class ProductCollection : AggregateRoot
{
    public const int MaxProducts = 20;

    private ProductId[] _productIds = [];

    private ProductCollection()
    {
    }

    public ProductCollectionId Id { get; private set; }

    public BusinessId BusinessId { get; private set; }

    public Mode Mode { get; private set; }

    public string Name { get; private set; } = string.Empty;

    public string? Description { get; private set; }

    /// <summary>Tier order: index 0 is the lowest tier.</summary>
    public IReadOnlyList<ProductId> ProductIds => _productIds;

    /// <summary>How upgrades within this collection are billed; null follows the business's default.</summary>
    public ProrationMode? UpgradeMode { get; private set; }

    /// <summary>How downgrades within this collection are billed; null follows the business's default.</summary>
    public ProrationMode? DowngradeMode { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public static ProductCollection Create(BusinessId businessId, Mode mode, string? name, string? description, IReadOnlyList<ProductId> tiers, DateTimeOffset now)
    {
        var collection = new ProductCollection { Id = PrefixedId.New<ProductCollectionId>(), BusinessId = businessId, Mode = mode, CreatedAt = now };
        collection.Update(name, description, tiers, now);
        return collection;
    }

    public void Update(string? name, string? description, IReadOnlyList<ProductId> tiers, DateTimeOffset now)
    {
        var trimmed = name?.Trim();
        if (string.IsNullOrEmpty(trimmed) || trimmed.Length > Products.Product.MaxNameLength || trimmed.Any(char.IsControl))
        {
            throw new DomainException(Error.Validation("INVALID_COLLECTION_NAME", $"A collection needs a name of 1 to {Products.Product.MaxNameLength} characters."));
        }

        if (tiers.Count is < 1 or > MaxProducts || tiers.Distinct().Count() != tiers.Count)
        {
            throw new DomainException(Error.Validation("INVALID_COLLECTION_PRODUCTS", $"A collection lists 1 to {MaxProducts} different products."));
        }

        Name = trimmed;
        Description = string.IsNullOrWhiteSpace(description) ? null : description.Trim();
        _productIds = [.. tiers];
        UpdatedAt = now;
    }

    /// <summary>The tier of a product (0 = lowest), or null when it is not in this collection.</summary>
    public int? TierOf(ProductId productId)
    {
        var index = Array.IndexOf(_productIds, productId);
        return index < 0 ? null : index;
    }

    public void OverrideProration(ProrationMode? upgradeMode, ProrationMode? downgradeMode, DateTimeOffset now)
    {
        UpgradeMode = upgradeMode;
        DowngradeMode = downgradeMode;
        UpdatedAt = now;
    }
}
