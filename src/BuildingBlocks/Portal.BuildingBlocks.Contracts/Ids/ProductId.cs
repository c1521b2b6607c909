namespace Portal.BuildingBlocks.Contracts;

/// <summary>A product a business sells (one-time, subscription or usage-based).</summary>
public readonly record struct ProductId(string Value) : IPrefixedId<ProductId>
{
    public static string Prefix => "pdt";

    public static ProductId FromTrusted(string value) => new(value);

    public override string ToString() => Value;
}
