namespace Portal.Modules.Identity.Contracts.PortalSessions;

/// <summary>
/// Uses a sign-in link once. Refused with LINK_INVALID, LINK_USED or LINK_EXPIRED; two concurrent
/// uses of one link give one sign-in, because the database decides (one conditional UPDATE).
/// <paramref name="Language"/> is the browser's at sign-in, kept on the customer (every customer of the email, for
/// the unified portal) as the language to write to them in when they have chosen none and the business has no default.
/// </summary>
public sealed record ConsumePortalLinkCommand(Mode Mode, string Token, string? Language = null) : ICommand<PortalSignIn>;
