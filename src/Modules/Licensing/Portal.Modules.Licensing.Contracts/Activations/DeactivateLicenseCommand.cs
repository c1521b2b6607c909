namespace Portal.Modules.Licensing.Contracts.Activations;

/// <summary>Software gives back the activation of one of the key's instances (public; allowed on expired and disabled keys too).</summary>
public sealed record DeactivateLicenseCommand(Mode Mode, string? LicenseKey, string? LicenseKeyInstanceId) : ICommand<bool>;
