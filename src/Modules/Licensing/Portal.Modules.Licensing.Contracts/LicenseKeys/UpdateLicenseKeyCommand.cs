namespace Portal.Modules.Licensing.Contracts.LicenseKeys;

/// <summary>
/// The merchant's edit of a key (Dodo's PATCH): each part changes only when asked — <see cref="SetActivationsLimit"/>
/// with <see cref="ActivationsLimit"/> (null: unlimited), <see cref="Disabled"/> when not null,
/// <see cref="SetExpiresAt"/> with <see cref="ExpiresAt"/> (null: never expires).
/// </summary>
public sealed record UpdateLicenseKeyCommand(
    BusinessId BusinessId,
    Mode Mode,
    string LicenseKeyId,
    bool SetActivationsLimit,
    int? ActivationsLimit,
    bool? Disabled,
    bool SetExpiresAt,
    DateTimeOffset? ExpiresAt) : ICommand<LicenseKeyDto>;
