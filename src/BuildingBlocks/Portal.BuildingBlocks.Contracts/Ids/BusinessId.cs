namespace Portal.BuildingBlocks.Contracts;

/// <summary>The tenant: every tenant table carries it beside the mode.</summary>
public readonly record struct BusinessId(string Value) : IPrefixedId<BusinessId>
{
    public static string Prefix => "bus";

    public static BusinessId FromTrusted(string value) => new(value);

    public override string ToString() => Value;
}
