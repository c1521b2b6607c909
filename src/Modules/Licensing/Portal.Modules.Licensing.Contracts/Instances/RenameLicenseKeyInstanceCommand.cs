using Portal.Modules.Licensing.Contracts.LicenseKeys;

namespace Portal.Modules.Licensing.Contracts.Instances;

/// <summary>Renames an instance: the merchant any of theirs, a customer (<see cref="CustomerId"/> set) only those of their own keys.</summary>
public sealed record RenameLicenseKeyInstanceCommand(BusinessId BusinessId, Mode Mode, CustomerId? CustomerId, string InstanceId, string? Name)
    : ICommand<LicenseKeyInstanceDto>;
