namespace Portal.Modules.Webhooks.Application.Endpoints.CreateWebhookEndpoint;

/// <summary>
/// Under a lock on the business and mode's endpoints: the idempotency key answers the endpoint it made,
/// then the limit is checked, then the endpoint is saved with a new secret.
/// </summary>
internal sealed class CreateWebhookEndpointCommandHandler(IWebhooksDbContext db, IWebhookSecrets secrets, IWebhookAddressGuard addresses, TimeProvider time)
    : ICommandHandler<CreateWebhookEndpointCommand, WebhookEndpointDto>
{
    public async Task<WebhookEndpointDto> Handle(CreateWebhookEndpointCommand command, CancellationToken cancellationToken)
    {
        await addresses.EnsureAllowedAsync(command.Input.Url ?? string.Empty, command.Mode, cancellationToken);
        await using var transaction = await db.BeginTransactionAsync(cancellationToken);
        await db.LockEndpointsAsync(command.BusinessId, command.Mode, cancellationToken);
        var endpoints = db.Endpoints.Where(e => e.BusinessId == command.BusinessId && e.Mode == command.Mode);
        if (command.IdempotencyKey is { } key && await endpoints.FirstOrDefaultAsync(e => e.IdempotencyKey == key, cancellationToken) is { } earlier)
        {
            return earlier.ToDto();
        }

        if (await endpoints.CountAsync(cancellationToken) >= WebhookEndpoint.MaxPerBusinessAndMode)
        {
            throw new DomainException(Error.Validation(
                "TOO_MANY_WEBHOOKS", $"A business has at most {WebhookEndpoint.MaxPerBusinessAndMode} webhook endpoints in each mode."));
        }

        var (_, protectedSecret) = secrets.New();
        var endpoint = WebhookEndpoint.Create(command.BusinessId, command.Mode, command.Input, command.Headers, protectedSecret, command.IdempotencyKey, time.GetUtcNow());
        db.Endpoints.Add(endpoint);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return endpoint.ToDto();
    }
}
