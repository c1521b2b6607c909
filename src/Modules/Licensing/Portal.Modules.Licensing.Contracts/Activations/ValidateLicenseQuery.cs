namespace Portal.Modules.Licensing.Contracts.Activations;

/// <summary>
/// Is the key usable now (and, with an instance id, activated on that instance)? Unknown keys (or keys
/// of the other mode) are not found; disabled or expired ones, or another key's instance, are not valid.
/// </summary>
public sealed record ValidateLicenseQuery(Mode Mode, string? LicenseKey, string? LicenseKeyInstanceId) : IQuery<bool>;
