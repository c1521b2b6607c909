namespace Portal.Modules.Licensing.Contracts.LicenseKeys;

/// <summary>
/// The unified portal's license keys: every key of the customers in <paramref name="Customers"/> (one email's
/// customers at several businesses), newest first, in one query whatever their number; at most <see cref="Limit"/>.
/// The caller names only customers it resolved for the signed-in email. Kept in memory until one of their keys or
/// businesses changes or a key expires (ADR 0019).
/// </summary>
public sealed record ListUnifiedLicenseKeysQuery(Mode Mode, CustomerSet Customers) : ICachedQuery<IReadOnlyList<LicenseKeyDto>>
{
    public const int Limit = 200;

    public ReadScope? ReadScope => ReadScope.Customers(Mode, Customers);
}
