namespace Portal.Modules.Identity.Domain.MerchantUsers;

/// <summary>A member of a business's team who signs in to the admin area, with a role there.</summary>
internal sealed class MerchantUser : AggregateRoot, IStaffAccount
{
    private MerchantUser()
    {
    }

    public Guid Id { get; private set; }

    public BusinessId BusinessId { get; private set; }

    public string Email { get; private set; } = string.Empty;

    public string NormalizedEmail { get; private set; } = string.Empty;

    public string Name { get; private set; } = string.Empty;

    public MerchantRole Role { get; private set; }

    /// <summary>ASP.NET Core Identity's PBKDF2 hash; null while the invitation has not been accepted.</summary>
    public string? PasswordHash { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public static MerchantUser Create(BusinessId businessId, string email, string normalizedEmail, string name, MerchantRole role, DateTimeOffset now) =>
        new()
        {
            Id = Guid.CreateVersion7(now),
            BusinessId = businessId,
            Email = email.Trim(),
            NormalizedEmail = normalizedEmail,
            Name = name.Trim(),
            Role = role,
            CreatedAt = now,
        };

    public void SetPassword(string passwordHash) => PasswordHash = passwordHash;

    public void ChangeRole(MerchantRole role) => Role = role;
}
