using Portal.Modules.Licensing.Contracts.LicenseKeys;

namespace Portal.Modules.Licensing.Contracts.Activations;

/// <summary>Software activates a key on an instance it names (public: the key is the credential).</summary>
public sealed record ActivateLicenseCommand(Mode Mode, string? LicenseKey, string? Name) : ICommand<LicenseActivationDto>;

/// <summary>The new instance, with the key's product and customer as Dodo's activation answer carries them.</summary>
public sealed record LicenseActivationDto(
    LicenseKeyInstanceDto Instance, string CustomerId, string CustomerName, string CustomerEmail, string ProductId, string ProductName);
