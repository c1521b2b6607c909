namespace Portal.Modules.Licensing.Contracts.LicenseKeys;

/// <summary>
/// The unified portal's license keys: every key of the customers in <paramref name="CustomerIds"/> (one email's
/// customers at several businesses), newest first, in one query whatever their number; at most <see cref="Limit"/>.
/// The caller names only customers it resolved for the signed-in email.
/// </summary>
public sealed record ListUnifiedLicenseKeysQuery(Mode Mode, IReadOnlyCollection<CustomerId> CustomerIds) : IQuery<IReadOnlyList<LicenseKeyDto>>
{
    public const int Limit = 200;
}
