namespace Portal.Modules.Identity.Application.PortalSessions.GetPortalOverview;

internal sealed class GetPortalOverviewQueryHandler(IIdentityDbContext db) : IQueryHandler<GetPortalOverviewQuery, PortalOverviewDto>
{
    public async Task<PortalOverviewDto> Handle(GetPortalOverviewQuery query, CancellationToken cancellationToken)
    {
        // One round trip: the customer joined to its business.
        var row = await db.Customers.AsNoTracking()
            .Where(c => c.Id == query.CustomerId && c.BusinessId == query.BusinessId && c.Mode == query.Mode && c.BlockedAt == null)
            .Join(db.Businesses.Where(b => b.PortalClosedAt == null), c => c.BusinessId, b => b.Id, (c, b) => new { c.Name, c.Email, c.PhoneNumber, Business = b.Name, b.Branding })
            .FirstOrDefaultAsync(cancellationToken)
            ?? throw new DomainException(Error.NotFound("Customer not found."));
        return new PortalOverviewDto(
            row.Name, row.Email, row.PhoneNumber, row.Business, row.Branding.AccentColor, row.Branding.ForegroundOnAccent(), row.Branding.LogoUrl, row.Branding.SupportEmail);
    }
}
