namespace Portal.Modules.Licensing.Application.LicenseKeys.ResetActivations;

/// <summary>Removes the key's instances under its row lock; answers how many were removed.</summary>
internal sealed class ResetLicenseKeyActivationsCommandHandler(ILicensingDbContext db, LicenseKeyFinder finder, TimeProvider time)
    : ICommandHandler<ResetLicenseKeyActivationsCommand, int>
{
    public async Task<int> Handle(ResetLicenseKeyActivationsCommand command, CancellationToken cancellationToken)
    {
        await using var transaction = await db.BeginTransactionAsync(cancellationToken);
        var key = await finder.LockAsync(command.BusinessId, command.Mode, command.CustomerId, command.LicenseKeyId, cancellationToken);
        key.ResetActivations(time.GetUtcNow());
        var removed = await db.LicenseKeyInstances.Where(i => i.LicenseKeyId == key.Id).ExecuteDeleteAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return removed;
    }
}
