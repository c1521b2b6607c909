using Microsoft.EntityFrameworkCore.Storage;
using Portal.BuildingBlocks.Application.Persistence;

namespace Portal.Modules.Webhooks.Application.Abstractions;

/// <summary>The Webhooks tables as the handlers see them; implemented by the module's DbContext.</summary>
internal interface IWebhooksDbContext : IModuleDbContext
{
    DbSet<WebhookEndpoint> Endpoints { get; }

    DbSet<WebhookMessage> Messages { get; }

    DbSet<WebhookDelivery> Deliveries { get; }

    Task<IDbContextTransaction> BeginTransactionAsync(CancellationToken cancellationToken);

    /// <summary>Locks the business and mode's endpoints for a create, so two at once cannot pass the limit together.</summary>
    Task LockEndpointsAsync(BusinessId businessId, Mode mode, CancellationToken cancellationToken);

    /// <summary>The delivery, locked until the transaction ends, if it is still due and no one else holds it.</summary>
    Task<WebhookDelivery?> ClaimDueAsync(Guid deliveryId, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>
    /// Records an attempt's outcome on its endpoint in one statement, safe under parallel attempts: a success
    /// clears <c>failing_since</c>; a failure sets it if unset, and disables the endpoint once it is older than
    /// <paramref name="failingLimit"/>. True only for the one call that disabled it.
    /// </summary>
    Task<bool> RecordEndpointOutcomeAsync(WebhookEndpointId endpointId, bool succeeded, DateTimeOffset now, TimeSpan failingLimit, CancellationToken cancellationToken);

    Task<int> SaveChangesAsync(CancellationToken cancellationToken = default);
}
