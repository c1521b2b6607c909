using Portal.BuildingBlocks.Contracts;
using Portal.BuildingBlocks.Contracts.Messaging;
using Portal.BuildingBlocks.Domain;

namespace Portal.Modules.Identity.Application.PortalSessions.GetPortalOverview;

/// <summary>Who is signed in to which business's portal, with that business's branding.</summary>
public sealed record GetPortalOverviewQuery(BusinessId BusinessId, Mode Mode, CustomerId CustomerId) : IQuery<PortalOverviewDto>;
