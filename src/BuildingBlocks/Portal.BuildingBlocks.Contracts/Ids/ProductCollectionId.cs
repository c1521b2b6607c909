namespace Portal.BuildingBlocks.Contracts;

/// <summary>An ordered group of products: the tiers a subscription moves between.</summary>
public readonly record struct ProductCollectionId(string Value) : IPrefixedId<ProductCollectionId>
{
    public static string Prefix => "pdc";

    public static ProductCollectionId FromTrusted(string value) => new(value);

    public override string ToString() => Value;
}
