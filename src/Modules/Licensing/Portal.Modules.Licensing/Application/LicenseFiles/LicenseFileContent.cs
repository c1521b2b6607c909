namespace Portal.Modules.Licensing.Application.LicenseFiles;

/// <summary>
/// What a license file states, as signed (docs/licensing.md lists the payload's fields). Times travel
/// as whole UTC seconds; <paramref name="ExpiresAt"/> and <paramref name="ActivationsLimit"/> are null
/// when the license never expires or has no limit.
/// </summary>
internal sealed record LicenseFileContent(
    string LicenseKey,
    LicenseKeyId LicenseKeyId,
    BusinessId BusinessId,
    Mode Mode,
    ProductId ProductId,
    string ProductName,
    CustomerId CustomerId,
    DateTimeOffset? ExpiresAt,
    int? ActivationsLimit,
    DateTimeOffset IssuedAt);
