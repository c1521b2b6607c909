namespace Portal.Modules.Licensing.Application.LicenseKeys.UpdateLicenseKey;

/// <summary>Edits the key under its row lock, so a limit is never lowered below an activation being taken at that moment.</summary>
internal sealed class UpdateLicenseKeyCommandHandler(ILicensingDbContext db, LicenseKeyFinder finder, LicenseKeyMapping mapping, TimeProvider time)
    : ICommandHandler<UpdateLicenseKeyCommand, LicenseKeyDto>
{
    public async Task<LicenseKeyDto> Handle(UpdateLicenseKeyCommand command, CancellationToken cancellationToken)
    {
        await using var transaction = await db.BeginTransactionAsync(cancellationToken);
        var key = await finder.LockAsync(command.BusinessId, command.Mode, null, command.LicenseKeyId, cancellationToken);
        var now = time.GetUtcNow();
        if (command.SetActivationsLimit)
        {
            key.SetActivationsLimit(command.ActivationsLimit, now);
        }

        if (command.Disabled is { } disabled)
        {
            key.SetDisabled(disabled, now);
        }

        if (command.SetExpiresAt)
        {
            key.SetExpiry(command.ExpiresAt, now);
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return mapping.ToDto(key);
    }
}
