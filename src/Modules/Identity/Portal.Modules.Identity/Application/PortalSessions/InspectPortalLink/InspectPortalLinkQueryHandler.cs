using Microsoft.EntityFrameworkCore;
using Portal.BuildingBlocks.Application.Messaging;
using Portal.Modules.Identity.Application.Businesses.GetBusinessBranding;
using Portal.Modules.Identity.Application.Abstractions;
using Portal.Modules.Identity.Application.PortalSessions.ConsumePortalLink;
using Portal.Modules.Identity.Domain;

namespace Portal.Modules.Identity.Application.PortalSessions.InspectPortalLink;

internal sealed class InspectPortalLinkQueryHandler(IIdentityDbContext db, TimeProvider time) : IQueryHandler<InspectPortalLinkQuery, PortalLinkPreview>
{
    public async Task<PortalLinkPreview> Handle(InspectPortalLinkQuery query, CancellationToken cancellationToken)
    {
        var hash = SecretToken.Hash(query.Token);
        var link = await db.PortalLinks.AsNoTracking()
            .Where(l => l.TokenHash == hash && l.Mode == query.Mode)
            .Join(db.Businesses, l => l.BusinessId, b => b.Id, (l, b) => new { l.ExpiresAt, l.ConsumedAt, l.BusinessId, b.Name, b.Branding })
            .FirstOrDefaultAsync(cancellationToken);
        if (link is null)
        {
            return new PortalLinkPreview(PortalLinkErrors.Invalid.Code, null, null);
        }

        var error = link.ConsumedAt is not null ? PortalLinkErrors.Used
            : link.ExpiresAt <= time.GetUtcNow() ? PortalLinkErrors.Expired
            : null;
        var branding = link.Branding;
        return new PortalLinkPreview(
            error?.Code,
            link.BusinessId.Value,
            new BusinessBrandingDto(link.Name, branding.AccentColor, branding.ForegroundOnAccent(), branding.LogoUrl, branding.SupportEmail));
    }
}
