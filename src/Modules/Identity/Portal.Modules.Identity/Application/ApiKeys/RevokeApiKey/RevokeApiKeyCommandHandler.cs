using MediatR;

namespace Portal.Modules.Identity.Application.ApiKeys.RevokeApiKey;

internal sealed class RevokeApiKeyCommandHandler(IIdentityDbContext db, TimeProvider time) : ICommandHandler<RevokeApiKeyCommand, Unit>
{
    public async Task<Unit> Handle(RevokeApiKeyCommand command, CancellationToken cancellationToken)
    {
        var apiKey = await db.ApiKeys
            .Where(k => k.Id == command.ApiKeyId && k.BusinessId == command.BusinessId && k.Mode == command.Mode)
            .FirstOrDefaultAsync(cancellationToken)
            ?? throw new DomainException(Error.NotFound("API key not found."));
        apiKey.Revoke(time.GetUtcNow());
        return Unit.Value;
    }
}
