namespace Portal.Modules.Identity.Application.ApiKeys.ListApiKeys;

internal sealed class ListApiKeysQueryHandler(IIdentityDbContext db) : IQueryHandler<ListApiKeysQuery, IReadOnlyList<ApiKeyDto>>
{
    public async Task<IReadOnlyList<ApiKeyDto>> Handle(ListApiKeysQuery query, CancellationToken cancellationToken) =>
        await db.ApiKeys.AsNoTracking()
            .Where(k => k.BusinessId == query.BusinessId && k.Mode == query.Mode)
            .OrderByDescending(k => k.CreatedAt)
            .ThenByDescending(k => k.Id)
            .Select(k => new ApiKeyDto(k.Id, k.Name, k.Hint, k.CreatedAt, k.RevokedAt))
            .ToListAsync(cancellationToken);
}
