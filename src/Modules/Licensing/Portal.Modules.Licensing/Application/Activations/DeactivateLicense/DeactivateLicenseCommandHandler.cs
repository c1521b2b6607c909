namespace Portal.Modules.Licensing.Application.Activations.DeactivateLicense;

internal sealed class DeactivateLicenseCommandHandler(ILicensingDbContext db, InstanceRemoval removal) : ICommandHandler<DeactivateLicenseCommand, bool>
{
    public async Task<bool> Handle(DeactivateLicenseCommand command, CancellationToken cancellationToken)
    {
        var hash = LicenseKeySecret.HashOf(command.LicenseKey) ?? throw LicenseKeyFinder.KeyNotFound();
        await using var transaction = await db.BeginTransactionAsync(cancellationToken);
        var key = await db.LockByHashAsync(command.Mode, hash, cancellationToken) ?? throw LicenseKeyFinder.KeyNotFound();
        await removal.RemoveAsync(key, command.LicenseKeyInstanceId, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }
}
