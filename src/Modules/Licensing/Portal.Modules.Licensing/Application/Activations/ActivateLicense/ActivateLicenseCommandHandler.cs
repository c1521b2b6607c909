using Portal.Modules.Identity.Contracts.Customers;

namespace Portal.Modules.Licensing.Application.Activations.ActivateLicense;

/// <summary>
/// Takes an activation under the key's row lock: concurrent activations of one key take turns, and each
/// sees the count the previous one committed, so the limit holds however many arrive at once.
/// </summary>
internal sealed class ActivateLicenseCommandHandler(ILicensingDbContext db, ISender sender, TimeProvider time)
    : ICommandHandler<ActivateLicenseCommand, LicenseActivationDto>
{
    public async Task<LicenseActivationDto> Handle(ActivateLicenseCommand command, CancellationToken cancellationToken)
    {
        var hash = LicenseKeySecret.HashOf(command.LicenseKey) ?? throw LicenseKeyFinder.KeyNotFound();
        await using var transaction = await db.BeginTransactionAsync(cancellationToken);
        var key = await db.LockByHashAsync(command.Mode, hash, cancellationToken) ?? throw LicenseKeyFinder.KeyNotFound();
        var instance = key.Activate(command.Name, time.GetUtcNow());
        db.LicenseKeyInstances.Add(instance);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        var contacts = await sender.QueryAsync(new GetCustomerContactsQuery(key.BusinessId.Value, key.Mode, [key.CustomerId.Value]), cancellationToken);
        var contact = contacts.GetValueOrDefault(key.CustomerId.Value);
        return new LicenseActivationDto(
            LicenseKeyMapping.ToDto(instance), key.CustomerId.Value, contact?.CustomerName ?? string.Empty, contact?.CustomerEmail ?? string.Empty,
            key.ProductId.Value, key.ProductName);
    }
}
