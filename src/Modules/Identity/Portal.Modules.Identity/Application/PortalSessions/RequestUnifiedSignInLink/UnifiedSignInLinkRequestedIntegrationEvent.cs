namespace Portal.Modules.Identity.Application.PortalSessions.RequestUnifiedSignInLink;

/// <summary>Identity's message to itself, through its outbox, so the unified sign-in email is sent in the background.</summary>
[MessageName("identity.unified_sign_in_link_requested")]
internal sealed record UnifiedSignInLinkRequestedIntegrationEvent(
    Guid EventId,
    DateTimeOffset OccurredOnUtc,
    Mode Mode,
    string Email,
    string Language) : IntegrationEvent(EventId, OccurredOnUtc);
