namespace Portal.Modules.Licensing.Application.Instances.RenameLicenseKeyInstance;

internal sealed class RenameLicenseKeyInstanceCommandHandler(ILicensingDbContext db, LicenseKeyFinder finder, TimeProvider time)
    : ICommandHandler<RenameLicenseKeyInstanceCommand, LicenseKeyInstanceDto>
{
    public async Task<LicenseKeyInstanceDto> Handle(RenameLicenseKeyInstanceCommand command, CancellationToken cancellationToken)
    {
        var instance = await finder.FindInstanceAsync(command.BusinessId, command.Mode, command.InstanceId, track: true, cancellationToken);
        if (command.CustomerId is { } customerId
            && !await db.LicenseKeys.AnyAsync(k => k.Id == instance.LicenseKeyId && k.CustomerId == customerId, cancellationToken))
        {
            throw LicenseKeyFinder.InstanceNotFound();
        }

        instance.Rename(command.Name, time.GetUtcNow());
        return LicenseKeyMapping.ToDto(instance);
    }
}
