namespace Portal.Modules.Identity.Application.PortalSessions.RequestSignInLink;

/// <summary>
/// Identity's message to itself, through its own outbox, so the sign-in email is sent in the
/// background with retries. Internal: no other module subscribes.
/// </summary>
[MessageName("identity.sign_in_link_requested")]
internal sealed record SignInLinkRequestedIntegrationEvent(
    Guid EventId,
    DateTimeOffset OccurredOnUtc,
    string BusinessId,
    Mode Mode,
    string Email,
    string Language) : IntegrationEvent(EventId, OccurredOnUtc);
