namespace Portal.BuildingBlocks.Contracts;

/// <summary>One activation of a license key (a machine, a seat).</summary>
public readonly record struct LicenseKeyInstanceId(string Value) : IPrefixedId<LicenseKeyInstanceId>
{
    public static string Prefix => "lki";

    public static LicenseKeyInstanceId FromTrusted(string value) => new(value);

    public override string ToString() => Value;
}
