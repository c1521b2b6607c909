namespace Portal.Modules.Identity.Application.PortalSessions.GetPortalAccess;

internal sealed class GetPortalAccessQueryHandler(IIdentityDbContext db) : IQueryHandler<GetPortalAccessQuery, bool>
{
    public Task<bool> Handle(GetPortalAccessQuery query, CancellationToken cancellationToken) =>
        db.Customers.AsNoTracking()
            .Where(c => c.Id == query.CustomerId && c.BusinessId == query.BusinessId && c.Mode == query.Mode && c.BlockedAt == null)
            .Join(db.Businesses.Where(b => b.PortalClosedAt == null), c => c.BusinessId, b => b.Id, (c, _) => c.Id)
            .AnyAsync(cancellationToken);
}
