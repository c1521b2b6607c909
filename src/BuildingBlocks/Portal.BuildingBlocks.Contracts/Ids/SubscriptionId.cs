namespace Portal.BuildingBlocks.Contracts;

/// <summary>A customer's subscription to a product.</summary>
public readonly record struct SubscriptionId(string Value) : IPrefixedId<SubscriptionId>
{
    public static string Prefix => "sub";

    public static SubscriptionId FromTrusted(string value) => new(value);

    public override string ToString() => Value;
}
