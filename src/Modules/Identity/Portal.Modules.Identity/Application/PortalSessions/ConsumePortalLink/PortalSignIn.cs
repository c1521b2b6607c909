using Portal.BuildingBlocks.Domain;

namespace Portal.Modules.Identity.Application.PortalSessions.ConsumePortalLink;

/// <summary>A new server-side session (<see cref="SessionId"/>) for the customer the link belonged to.</summary>
public sealed record PortalSignIn(Guid SessionId, BusinessId BusinessId, CustomerId CustomerId, string? ReturnUrl);
