namespace Portal.Modules.Identity.Application.Maintenance.PurgeExpiredAccess;

/// <summary>How long used-up access is kept (section <c>Retention</c>, shared with the message purge; docs/operations.md).</summary>
internal sealed class AccessRetentionOptions
{
    public const string Section = "Retention";

    /// <summary>
    /// Sessions are kept this long after their absolute expiry (12 hours after sign-in), so at least this
    /// long after they ended: a month of who signed in when. Ended sessions are refused all the same.
    /// </summary>
    public TimeSpan EndedSessionsAge { get; set; } = TimeSpan.FromDays(30);

    /// <summary>
    /// Sign-in links, used or not, are kept this long after they expired: until then an old link says
    /// "expired" or "used" rather than "not valid". Short, because a link names the customer.
    /// </summary>
    public TimeSpan ExpiredSignInLinksAge { get; set; } = TimeSpan.FromDays(7);

    /// <summary>Rows deleted per statement, each statement its own short transaction.</summary>
    public int BatchSize { get; set; } = 1000;
}
