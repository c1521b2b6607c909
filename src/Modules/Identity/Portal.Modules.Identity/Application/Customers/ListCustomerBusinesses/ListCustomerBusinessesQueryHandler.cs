namespace Portal.Modules.Identity.Application.Customers.ListCustomerBusinesses;

internal sealed class ListCustomerBusinessesQueryHandler(IIdentityDbContext db)
    : IQueryHandler<ListCustomerBusinessesQuery, IReadOnlyList<CustomerBusinessDto>>
{
    public async Task<IReadOnlyList<CustomerBusinessDto>> Handle(ListCustomerBusinessesQuery query, CancellationToken cancellationToken)
    {
        var email = EmailAddress.Normalize(query.Email);
        var rows = await db.Customers.AsNoTracking()
            .Where(c => c.Mode == query.Mode && c.NormalizedEmail == email && c.BlockedAt == null)
            .Join(db.Businesses.Where(b => b.PortalClosedAt == null), c => c.BusinessId, b => b.Id, (c, b) => new { c.BusinessId, Business = b.Name, b.Branding, c.Id, c.Name, c.Email })
            .OrderBy(r => r.Business)
            .ToListAsync(cancellationToken);
        return rows
            .Select(r => new CustomerBusinessDto(r.BusinessId, r.Business, r.Branding.AccentColor, r.Branding.ForegroundOnAccent(), r.Id, r.Name, r.Email))
            .ToList();
    }
}
