namespace Portal.Modules.Identity.Application.Businesses.BusinessExists;

internal sealed class BusinessExistsQueryHandler(IIdentityDbContext db) : IQueryHandler<BusinessExistsQuery, bool>
{
    public async Task<bool> Handle(BusinessExistsQuery query, CancellationToken cancellationToken) =>
        PrefixedId.TryParse<BusinessId>(query.BusinessId, out var businessId)
        && await db.Businesses.AsNoTracking().AnyAsync(b => b.Id == businessId, cancellationToken);
}
