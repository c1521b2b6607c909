namespace Portal.Modules.Identity.Contracts.PortalSessions;

/// <summary>
/// A new server-side session (<see cref="SessionId"/>): for one customer of one business, or — with
/// <see cref="Email"/> and no business — for the unified portal.
/// </summary>
public sealed record PortalSignIn(Guid SessionId, BusinessId? BusinessId, CustomerId? CustomerId, string? Email, string? ReturnUrl, string? LandingPath = null);
