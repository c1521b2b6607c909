namespace Portal.Modules.Licensing.Domain.LicenseKeys;

/// <summary>One activation of a license key: a computer, a seat, named by whoever activated it.</summary>
internal sealed class LicenseKeyInstance
{
    public const int MaxNameLength = 200;

    private LicenseKeyInstance()
    {
    }

    public LicenseKeyInstanceId Id { get; private set; }

    public LicenseKeyId LicenseKeyId { get; private set; }

    public BusinessId BusinessId { get; private set; }

    public Mode Mode { get; private set; }

    public string Name { get; private set; } = string.Empty;

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public static LicenseKeyInstance Activate(LicenseKey key, string? name, DateTimeOffset now) => new()
    {
        Id = PrefixedId.New<LicenseKeyInstanceId>(),
        LicenseKeyId = key.Id,
        BusinessId = key.BusinessId,
        Mode = key.Mode,
        Name = ValidName(name),
        CreatedAt = now,
        UpdatedAt = now,
    };

    public void Rename(string? name, DateTimeOffset now)
    {
        Name = ValidName(name);
        UpdatedAt = now;
    }

    private static string ValidName(string? name) =>
        name?.Trim() is { Length: > 0 and <= MaxNameLength } trimmed && !trimmed.Any(char.IsControl)
            ? trimmed
            : throw new DomainException(Error.Validation(
                "INVALID_INSTANCE_NAME", $"The instance name is 1 to {MaxNameLength} characters, without control characters."));
}
