namespace Portal.Modules.Identity.Application.ApiKeys.CreateApiKey;

internal sealed class CreateApiKeyCommandHandler(IIdentityDbContext db, TimeProvider time)
    : ICommandHandler<CreateApiKeyCommand, string>
{
    public async Task<string> Handle(CreateApiKeyCommand command, CancellationToken cancellationToken)
    {
        if (!await db.Businesses.AnyAsync(b => b.Id == command.BusinessId, cancellationToken))
        {
            throw new DomainException(Error.NotFound("Business not found."));
        }

        var (apiKey, plainKey) = ApiKey.Create(command.BusinessId, command.Mode, command.Name, time.GetUtcNow());
        db.ApiKeys.Add(apiKey);
        return plainKey;
    }
}
