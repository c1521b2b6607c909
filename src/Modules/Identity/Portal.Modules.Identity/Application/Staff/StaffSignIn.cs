namespace Portal.Modules.Identity.Application.Staff;

/// <summary>
/// What merchant and operator sign-ins share. Attempts are counted in PostgreSQL before the password is
/// checked, atomically, so concurrent guesses count one each: five per email and thirty per client address
/// in fifteen minutes. Beyond a limit the answer is the same refusal as for an unknown email or a wrong
/// password, after the same work, so neither the answer nor its time tells an attacker which emails have
/// accounts. A success clears the email's count and starts a server-side session.
/// </summary>
internal sealed class StaffSignIn(IIdentityDbContext db, IRateLimiter limiter, TimeProvider time)
{
    public const int AttemptsPerEmail = 5;
    public const int AttemptsPerAddress = 30;
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(15);

    /// <summary>The new session's id, or null: refused, for whatever reason.</summary>
    public async Task<Guid?> SignInAsync(
        StaffArea area, string normalizedEmail, Guid? accountId, string? passwordHash, string password, string clientAddress, CancellationToken cancellationToken)
    {
        var emailKey = $"staff-signin:{area}:email:{normalizedEmail}";
        var withinLimits = await limiter.TryAcquireAsync(emailKey, AttemptsPerEmail, Window, cancellationToken);
        withinLimits &= await limiter.TryAcquireAsync($"staff-signin:{area}:address:{clientAddress}", AttemptsPerAddress, Window, cancellationToken);
        var passwordMatches = StaffPasswords.Verify(passwordHash, password);
        if (!withinLimits || !passwordMatches || accountId is not { } id)
        {
            return null;
        }

        await limiter.ResetAsync(emailKey, Window, cancellationToken);
        var session = StaffSession.Start(area, id, time.GetUtcNow());
        db.StaffSessions.Add(session);
        return session.Id;
    }
}
