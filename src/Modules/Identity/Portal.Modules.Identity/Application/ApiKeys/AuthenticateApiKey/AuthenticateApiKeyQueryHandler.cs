namespace Portal.Modules.Identity.Application.ApiKeys.AuthenticateApiKey;

internal sealed class AuthenticateApiKeyQueryHandler(IIdentityDbContext db) : IQueryHandler<AuthenticateApiKeyQuery, ApiCaller?>
{
    public async Task<ApiCaller?> Handle(AuthenticateApiKeyQuery query, CancellationToken cancellationToken)
    {
        var hash = SecretToken.Hash(query.Key);
        return await db.ApiKeys
            .AsNoTracking()
            .Where(k => k.KeyHash == hash && k.RevokedAt == null)
            .Select(k => new ApiCaller(k.BusinessId, k.Mode))
            .FirstOrDefaultAsync(cancellationToken);
    }
}
