namespace Portal.Modules.Licensing.Application.Activations;

/// <summary>Removes one instance of a key whose row the caller holds locked, and gives its activation back.</summary>
internal sealed class InstanceRemoval(ILicensingDbContext db, TimeProvider time)
{
    public async Task RemoveAsync(LicenseKey lockedKey, string? instanceId, CancellationToken cancellationToken)
    {
        var instance = PrefixedId.TryParse<LicenseKeyInstanceId>(instanceId, out var id)
            && await db.LicenseKeyInstances.FirstOrDefaultAsync(i => i.Id == id && i.LicenseKeyId == lockedKey.Id, cancellationToken) is { } found
                ? found
                : throw LicenseKeyFinder.InstanceNotFound();
        db.LicenseKeyInstances.Remove(instance);
        lockedKey.Release(time.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
    }
}
