using Portal.BuildingBlocks.Domain;

namespace Portal.Modules.Identity.Domain.MerchantUsers;

/// <summary>A member of a business's staff who signs in to the admin area.</summary>
internal sealed class MerchantUser : AggregateRoot
{
    public const int MaxFailedSignIns = 5;
    public static readonly TimeSpan LockoutDuration = TimeSpan.FromMinutes(15);

    private MerchantUser()
    {
    }

    public Guid Id { get; private set; }

    public BusinessId BusinessId { get; private set; }

    public string Email { get; private set; } = string.Empty;

    public string NormalizedEmail { get; private set; } = string.Empty;

    public string Name { get; private set; } = string.Empty;

    /// <summary>ASP.NET Core Identity's PBKDF2 hash; the password itself is never stored.</summary>
    public string PasswordHash { get; private set; } = string.Empty;

    public int FailedSignIns { get; private set; }

    public DateTimeOffset? LockedOutUntil { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public static MerchantUser Create(BusinessId businessId, string email, string normalizedEmail, string name, string passwordHash, DateTimeOffset now) =>
        new()
        {
            Id = Guid.CreateVersion7(now),
            BusinessId = businessId,
            Email = email.Trim(),
            NormalizedEmail = normalizedEmail,
            Name = name.Trim(),
            PasswordHash = passwordHash,
            CreatedAt = now,
        };

    public bool IsLockedOut(DateTimeOffset now) => LockedOutUntil > now;

    public void RecordFailedSignIn(DateTimeOffset now)
    {
        FailedSignIns++;
        if (FailedSignIns >= MaxFailedSignIns)
        {
            LockedOutUntil = now + LockoutDuration;
            FailedSignIns = 0;
        }
    }

    public void RecordSuccessfulSignIn(string? rehashedPassword)
    {
        FailedSignIns = 0;
        LockedOutUntil = null;
        if (rehashedPassword is not null)
        {
            PasswordHash = rehashedPassword;
        }
    }
}
