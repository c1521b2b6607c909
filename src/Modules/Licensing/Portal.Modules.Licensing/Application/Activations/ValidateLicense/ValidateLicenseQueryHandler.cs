using Microsoft.EntityFrameworkCore;
using Portal.BuildingBlocks.Application.Messaging;
using Portal.BuildingBlocks.Domain;
using Portal.Modules.Licensing.Application.Abstractions;
using Portal.Modules.Licensing.Application.LicenseKeys;
using Portal.Modules.Licensing.Domain.LicenseKeys;

namespace Portal.Modules.Licensing.Application.Activations.ValidateLicense;

/// <summary>One round trip: the key's state and, when asked, whether the instance is one of its own.</summary>
internal sealed class ValidateLicenseQueryHandler(ILicensingDbContext db, TimeProvider time) : IQueryHandler<ValidateLicenseQuery, bool>
{
    public async Task<bool> Handle(ValidateLicenseQuery query, CancellationToken cancellationToken)
    {
        var hash = LicenseKeySecret.HashOf(query.LicenseKey) ?? throw LicenseKeyFinder.KeyNotFound();
        var askedInstance = !string.IsNullOrEmpty(query.LicenseKeyInstanceId);

        // A malformed instance id is no instance of any key: the answer is "not valid", after the key is found.
        var instanceId = PrefixedId.TryParse<LicenseKeyInstanceId>(query.LicenseKeyInstanceId, out var parsed) ? parsed : LicenseKeyInstanceId.FromTrusted(string.Empty);
        var key = await db.LicenseKeys.AsNoTracking()
            .Where(k => k.KeyHash == hash && k.Mode == query.Mode)
            .Select(k => new
            {
                k.Disabled,
                k.ExpiresAt,
                OnInstance = !askedInstance || db.LicenseKeyInstances.Any(i => i.Id == instanceId && i.LicenseKeyId == k.Id),
            })
            .FirstOrDefaultAsync(cancellationToken)
            ?? throw LicenseKeyFinder.KeyNotFound();
        return key.OnInstance && LicenseKey.StatusOf(key.Disabled, key.ExpiresAt, time.GetUtcNow()) == LicenseKeyStatus.Active;
    }
}
