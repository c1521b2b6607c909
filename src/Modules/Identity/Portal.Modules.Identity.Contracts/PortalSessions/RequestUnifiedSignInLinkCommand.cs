namespace Portal.Modules.Identity.Contracts.PortalSessions;

/// <summary>
/// Asks for a link to the unified portal: one sign-in for every business where the email is a
/// customer. Same rules as the business static link: same answer for any email, rate limited, the
/// email sent in the background.
/// </summary>
public sealed record RequestUnifiedSignInLinkCommand(Mode Mode, string Email, string Language, string ClientAddress) : ICommand;
