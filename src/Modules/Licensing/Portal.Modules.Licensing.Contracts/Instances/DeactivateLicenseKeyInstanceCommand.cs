namespace Portal.Modules.Licensing.Contracts.Instances;

/// <summary>Removes an instance by its id: from the portal (<see cref="CustomerId"/> set, own keys only) or the admin area.</summary>
public sealed record DeactivateLicenseKeyInstanceCommand(BusinessId BusinessId, Mode Mode, CustomerId? CustomerId, string InstanceId) : ICommand<bool>;
