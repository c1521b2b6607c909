namespace Portal.Modules.Identity.Domain.Staff;

/// <summary>
/// A one-time link that lets an invited merchant user or a new operator choose their password. It works
/// once and for seven days; only the token's SHA-256 is stored.
/// </summary>
internal sealed class PasswordSetupLink : AggregateRoot
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(7);

    private PasswordSetupLink()
    {
    }

    public Guid Id { get; private set; }

    public byte[] TokenHash { get; private set; } = [];

    public StaffArea Area { get; private set; }

    public Guid AccountId { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset ExpiresAt { get; private set; }

    public DateTimeOffset? UsedAt { get; private set; }

    /// <summary>A new link for the account; the token is returned once, to be mailed or printed, and never stored.</summary>
    public static (PasswordSetupLink Link, string Token) Create(StaffArea area, Guid accountId, DateTimeOffset now)
    {
        var token = SecretToken.Generate();
        var link = new PasswordSetupLink
        {
            Id = Guid.CreateVersion7(now),
            TokenHash = SecretToken.Hash(token),
            Area = area,
            AccountId = accountId,
            CreatedAt = now,
            ExpiresAt = now + Lifetime,
        };
        return (link, token);
    }
}
