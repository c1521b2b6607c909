namespace Portal.BuildingBlocks.Contracts;

/// <summary>A license key issued to a customer for a product.</summary>
public readonly record struct LicenseKeyId(string Value) : IPrefixedId<LicenseKeyId>
{
    public static string Prefix => "lic";

    public static LicenseKeyId FromTrusted(string value) => new(value);

    public override string ToString() => Value;
}
