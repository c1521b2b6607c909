namespace Portal.BuildingBlocks.Contracts;

/// <summary>Identity owns the customer record (ADR 0005); other modules keep only this id.</summary>
public readonly record struct CustomerId(string Value) : IPrefixedId<CustomerId>
{
    public static string Prefix => "cus";

    public static CustomerId FromTrusted(string value) => new(value);

    public override string ToString() => Value;
}
