namespace Portal.Modules.Identity.Application.ApiKeys.GetApiKey;

internal sealed class GetApiKeyQueryHandler(IIdentityDbContext db) : IQueryHandler<GetApiKeyQuery, ApiKeyDto>
{
    public async Task<ApiKeyDto> Handle(GetApiKeyQuery query, CancellationToken cancellationToken) =>
        await db.ApiKeys.AsNoTracking()
            .Where(k => k.Id == query.ApiKeyId && k.BusinessId == query.BusinessId && k.Mode == query.Mode)
            .Select(k => new ApiKeyDto(k.Id, k.Name, k.Hint, k.CreatedAt, k.RevokedAt))
            .FirstOrDefaultAsync(cancellationToken)
        ?? throw new DomainException(Error.NotFound("API key not found."));
}
