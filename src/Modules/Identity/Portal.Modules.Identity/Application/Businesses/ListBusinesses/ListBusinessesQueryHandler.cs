namespace Portal.Modules.Identity.Application.Businesses.ListBusinesses;

internal sealed class ListBusinessesQueryHandler(IIdentityDbContext db) : IQueryHandler<ListBusinessesQuery, IReadOnlyList<BusinessSummaryDto>>
{
    public async Task<IReadOnlyList<BusinessSummaryDto>> Handle(ListBusinessesQuery query, CancellationToken cancellationToken) =>
        await db.Businesses.AsNoTracking()
            .OrderByDescending(b => b.CreatedAt)
            .Select(b => new BusinessSummaryDto(
                b.Id, b.Name, b.Country, b.Currency, b.CreatedAt, db.MerchantUsers.Count(u => u.BusinessId == b.Id)))
            .ToListAsync(cancellationToken);
}
