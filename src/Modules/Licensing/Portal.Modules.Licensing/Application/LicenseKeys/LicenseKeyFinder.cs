namespace Portal.Modules.Licensing.Application.LicenseKeys;

/// <summary>
/// Finds keys and instances of one business and mode (and, from the portal, of one customer). A foreign,
/// other-mode or malformed id answers 404, the same as a missing one.
/// </summary>
internal sealed class LicenseKeyFinder(ILicensingDbContext db)
{
    public static DomainException KeyNotFound() => new(Error.NotFound("License key not found."));

    public static DomainException InstanceNotFound() => new(Error.NotFound("License key instance not found."));

    public async Task<LicenseKey> LockAsync(BusinessId businessId, Mode mode, CustomerId? customerId, string? licenseKeyId, CancellationToken cancellationToken) =>
        PrefixedId.TryParse<LicenseKeyId>(licenseKeyId, out var id)
        && await db.LockAsync(id, cancellationToken) is { } key
        && key.BusinessId == businessId && key.Mode == mode && (customerId is null || key.CustomerId == customerId)
            ? key
            : throw KeyNotFound();

    public async Task<LicenseKey> FindAsync(BusinessId businessId, Mode mode, string? licenseKeyId, CancellationToken cancellationToken) =>
        PrefixedId.TryParse<LicenseKeyId>(licenseKeyId, out var id)
        && await db.LicenseKeys.AsNoTracking().FirstOrDefaultAsync(k => k.Id == id && k.BusinessId == businessId && k.Mode == mode, cancellationToken) is { } key
            ? key
            : throw KeyNotFound();

    public async Task<LicenseKeyInstance> FindInstanceAsync(BusinessId businessId, Mode mode, string? instanceId, bool track, CancellationToken cancellationToken)
    {
        var instances = track ? db.LicenseKeyInstances : db.LicenseKeyInstances.AsNoTracking();
        return PrefixedId.TryParse<LicenseKeyInstanceId>(instanceId, out var id)
            && await instances.FirstOrDefaultAsync(i => i.Id == id && i.BusinessId == businessId && i.Mode == mode, cancellationToken) is { } instance
                ? instance
                : throw InstanceNotFound();
    }
}
