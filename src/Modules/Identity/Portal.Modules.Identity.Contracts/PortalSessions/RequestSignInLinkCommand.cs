namespace Portal.Modules.Identity.Contracts.PortalSessions;

/// <summary>
/// A visitor of a business's static link asks for a sign-in link for an email. The answer never says
/// whether the email is known: the lookup and the email happen later, in a background job, so the
/// request costs the same either way. Requests beyond the rate limits (per email, per client address,
/// per business) get the same answer and send nothing.
/// </summary>
public sealed record RequestSignInLinkCommand(BusinessId BusinessId, Mode Mode, string Email, string Language, string ClientAddress) : ICommand;
