namespace Portal.Modules.Identity.Application.PortalSessions;

/// <summary>
/// What the two ways of asking for a sign-in link by email (a business's static link, the unified
/// portal) share: the email rule and the rate limits, counted in PostgreSQL per email, per client
/// address and, for a business, per business.
/// </summary>
internal sealed class SignInLinkRequests(IRateLimiter limiter)
{
    public const int PerEmailPerHour = 5;
    public const int PerClientPerHour = 30;
    public const int PerBusinessPerHour = 1000;

    private static readonly TimeSpan Window = TimeSpan.FromHours(1);

    public static void ValidEmail<T>(IRuleBuilder<T, string> rule) =>
        rule.Must(EmailAddress.IsValid).WithErrorCode("INVALID_EMAIL").WithMessage("Enter a valid email address.");

    public static void ValidLanguage<T>(IRuleBuilder<T, string> rule) =>
        rule.Must(Languages.IsSupported).WithMessage($"language must be one of {string.Join(", ", Languages.Supported)}.");

    /// <summary>
    /// Counts the request against every limit that applies (all of them, so a flood keeps being
    /// counted once one limit is reached) and says whether it is within all of them.
    /// </summary>
    public async Task<bool> AllowAsync(Mode mode, BusinessId? business, string email, string clientAddress, CancellationToken cancellationToken)
    {
        var scope = business is { } id ? $"business:{mode}:{id}" : $"unified:{mode}";
        var allowed = await limiter.TryAcquireAsync($"signin:email:{scope}:{EmailAddress.Normalize(email)}", PerEmailPerHour, Window, cancellationToken);
        allowed &= await limiter.TryAcquireAsync($"signin:client:{clientAddress}", PerClientPerHour, Window, cancellationToken);
        if (business is not null)
        {
            allowed &= await limiter.TryAcquireAsync($"signin:{scope}", PerBusinessPerHour, Window, cancellationToken);
        }

        return allowed;
    }
}
