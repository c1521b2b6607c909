namespace Portal.Modules.Identity.Domain.Operators;

/// <summary>
/// A member of the platform's own staff: onboards businesses and watches the jobs of every business. Never
/// created by a merchant: only by the host's command line or by another operator.
/// </summary>
internal sealed class Operator : AggregateRoot, IStaffAccount
{
    private Operator()
    {
    }

    public Guid Id { get; private set; }

    public string Email { get; private set; } = string.Empty;

    public string NormalizedEmail { get; private set; } = string.Empty;

    public string Name { get; private set; } = string.Empty;

    /// <summary>ASP.NET Core Identity's PBKDF2 hash; null until the operator has chosen a password.</summary>
    public string? PasswordHash { get; private set; }

    /// <summary>May trigger, requeue and delete jobs on the dashboard; without it the dashboard is read-only.</summary>
    public bool CanManageJobs { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public static Operator Create(string email, string normalizedEmail, string name, bool canManageJobs, DateTimeOffset now) =>
        new()
        {
            Id = Guid.CreateVersion7(now),
            Email = email.Trim(),
            NormalizedEmail = normalizedEmail,
            Name = name.Trim(),
            CanManageJobs = canManageJobs,
            CreatedAt = now,
        };

    public void SetPassword(string passwordHash) => PasswordHash = passwordHash;
}
