namespace Portal.Modules.Identity.Contracts.PortalSessions;

/// <summary>
/// Uses a sign-in link once. Refused with LINK_INVALID, LINK_USED or LINK_EXPIRED; two concurrent
/// uses of one link give one sign-in, because the database decides (one conditional UPDATE).
/// </summary>
public sealed record ConsumePortalLinkCommand(Mode Mode, string Token) : ICommand<PortalSignIn>;
