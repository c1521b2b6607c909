using Portal.BuildingBlocks.Domain;

namespace Portal.Modules.Identity.Application.PortalSessions.ConsumePortalLink;

public sealed record PortalSignIn(BusinessId BusinessId, CustomerId CustomerId, string? ReturnUrl);
