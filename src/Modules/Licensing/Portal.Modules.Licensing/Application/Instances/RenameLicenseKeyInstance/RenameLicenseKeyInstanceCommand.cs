using Portal.BuildingBlocks.Contracts;
using Portal.BuildingBlocks.Contracts.Messaging;
using Portal.Modules.Licensing.Application.LicenseKeys;

namespace Portal.Modules.Licensing.Application.Instances.RenameLicenseKeyInstance;

/// <summary>Renames an instance: the merchant any of theirs, a customer (<see cref="CustomerId"/> set) only those of their own keys.</summary>
public sealed record RenameLicenseKeyInstanceCommand(BusinessId BusinessId, Mode Mode, CustomerId? CustomerId, string InstanceId, string? Name)
    : ICommand<LicenseKeyInstanceDto>;
