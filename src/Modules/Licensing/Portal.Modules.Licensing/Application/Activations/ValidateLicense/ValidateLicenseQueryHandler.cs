namespace Portal.Modules.Licensing.Application.Activations.ValidateLicense;

/// <summary>One round trip: the key's state and, when asked, whether the instance is one of its own.</summary>
internal sealed class ValidateLicenseQueryHandler(ILicensingDbContext db, TimeProvider time) : IQueryHandler<ValidateLicenseQuery, bool>
{
    public async Task<bool> Handle(ValidateLicenseQuery query, CancellationToken cancellationToken)
    {
        var hash = LicenseKeySecret.HashOf(query.LicenseKey) ?? throw LicenseKeyFinder.KeyNotFound();

        // A malformed instance id is no instance of any key: the answer is "not valid", once the key is found.
        LicenseKeyInstanceId? instanceId = string.IsNullOrEmpty(query.LicenseKeyInstanceId) ? null
            : PrefixedId.TryParse<LicenseKeyInstanceId>(query.LicenseKeyInstanceId, out var parsed) ? parsed
            : LicenseKeyInstanceId.FromTrusted(string.Empty);
        var key = await db.ValidityAsync(query.Mode, hash, instanceId, cancellationToken) ?? throw LicenseKeyFinder.KeyNotFound();
        return key.OnInstance && LicenseKey.StatusOf(key.Disabled, key.ExpiresAt, time.GetUtcNow()) == LicenseKeyStatus.Active;
    }
}
