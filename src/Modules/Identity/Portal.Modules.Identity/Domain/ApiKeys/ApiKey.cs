namespace Portal.Modules.Identity.Domain.ApiKeys;

/// <summary>
/// A merchant server's credential for one business in one mode. The key itself is shown once at
/// creation; only its hash and a short hint for recognising it in the admin area are kept.
/// </summary>
internal sealed class ApiKey : AggregateRoot
{
    private ApiKey()
    {
    }

    public Guid Id { get; private set; }

    public BusinessId BusinessId { get; private set; }

    public Mode Mode { get; private set; }

    public string Name { get; private set; } = string.Empty;

    public byte[] KeyHash { get; private set; } = [];

    /// <summary>The key's mode prefix and last four characters, e.g. <c>sk_test_…a1B2</c>.</summary>
    public string Hint { get; private set; } = string.Empty;

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? RevokedAt { get; private set; }

    public static (ApiKey ApiKey, string PlainKey) Create(BusinessId businessId, Mode mode, string name, DateTimeOffset now)
    {
        var prefix = mode == Mode.Live ? "sk_live_" : "sk_test_";
        var plainKey = SecretToken.Generate(prefix);
        var apiKey = new ApiKey
        {
            Id = Guid.CreateVersion7(now),
            BusinessId = businessId,
            Mode = mode,
            Name = name.Trim(),
            KeyHash = SecretToken.Hash(plainKey),
            Hint = $"{prefix}…{plainKey[^4..]}",
            CreatedAt = now,
        };
        return (apiKey, plainKey);
    }

    /// <summary>
    /// Stops the key authenticating from now on. Revoking twice keeps the first time, so the admin
    /// area keeps showing when the key really stopped working.
    /// </summary>
    public void Revoke(DateTimeOffset now) => RevokedAt ??= now;
}
