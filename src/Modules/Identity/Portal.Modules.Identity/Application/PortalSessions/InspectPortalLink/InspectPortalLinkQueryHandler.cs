using Portal.Modules.Identity.Application.PortalSessions.ConsumePortalLink;

namespace Portal.Modules.Identity.Application.PortalSessions.InspectPortalLink;

internal sealed class InspectPortalLinkQueryHandler(IIdentityDbContext db, TimeProvider time) : IQueryHandler<InspectPortalLinkQuery, PortalLinkPreview>
{
    public async Task<PortalLinkPreview> Handle(InspectPortalLinkQuery query, CancellationToken cancellationToken)
    {
        if (!SecretToken.IsWellFormed(query.Token))
        {
            return new PortalLinkPreview(PortalLinkErrors.Invalid.Code, null, null);
        }

        var hash = SecretToken.Hash(query.Token);
        // A left join: a unified-portal link has no business.
        var link = await db.PortalLinks.AsNoTracking()
            .Where(l => l.TokenHash == hash && l.Mode == query.Mode)
            .Select(l => new
            {
                l.ExpiresAt,
                l.ConsumedAt,
                l.BusinessId,
                Business = db.Businesses.Where(b => b.Id == l.BusinessId).Select(b => new { b.Name, b.Branding }).FirstOrDefault(),
            })
            .FirstOrDefaultAsync(cancellationToken);
        if (link is null)
        {
            return new PortalLinkPreview(PortalLinkErrors.Invalid.Code, null, null);
        }

        var error = link.ConsumedAt is not null ? PortalLinkErrors.Used
            : link.ExpiresAt <= time.GetUtcNow() ? PortalLinkErrors.Expired
            : null;
        var business = link.Business is { } b
            ? new BusinessBrandingDto(b.Name, b.Branding.AccentColor, b.Branding.ForegroundOnAccent(), b.Branding.LogoUrl, b.Branding.SupportEmail)
            : null;
        return new PortalLinkPreview(error?.Code, link.BusinessId?.Value, business);
    }
}
