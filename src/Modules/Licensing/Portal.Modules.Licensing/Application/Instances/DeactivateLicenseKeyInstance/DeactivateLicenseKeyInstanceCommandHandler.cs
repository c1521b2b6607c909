using Portal.Modules.Licensing.Application.Activations;

namespace Portal.Modules.Licensing.Application.Instances.DeactivateLicenseKeyInstance;

internal sealed class DeactivateLicenseKeyInstanceCommandHandler(ILicensingDbContext db, LicenseKeyFinder finder, InstanceRemoval removal)
    : ICommandHandler<DeactivateLicenseKeyInstanceCommand, bool>
{
    public async Task<bool> Handle(DeactivateLicenseKeyInstanceCommand command, CancellationToken cancellationToken)
    {
        var instance = await finder.FindInstanceAsync(command.BusinessId, command.Mode, command.InstanceId, track: false, cancellationToken);
        await using var transaction = await db.BeginTransactionAsync(cancellationToken);
        var key = await finder.LockAsync(command.BusinessId, command.Mode, command.CustomerId, instance.LicenseKeyId.Value, cancellationToken);
        await removal.RemoveAsync(key, command.InstanceId, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }
}
