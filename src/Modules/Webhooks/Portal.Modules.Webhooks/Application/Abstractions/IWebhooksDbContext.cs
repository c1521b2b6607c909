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

    /// <summary>
    /// Claims, in one statement, up to <paramref name="limit"/> due deliveries of enabled endpoints, the
    /// earliest due first and at most <paramref name="perEndpoint"/> of any one endpoint, skipping rows another
    /// run is claiming: each is counted as an attempt and is due again at <paramref name="leaseUntil"/> unless
    /// its outcome is recorded before.
    /// </summary>
    Task<IReadOnlyList<ClaimedDelivery>> ClaimDueAsync(DateTimeOffset now, DateTimeOffset leaseUntil, int perEndpoint, int limit, CancellationToken cancellationToken);

    /// <summary>
    /// Records a batch's outcomes in one transaction: each delivery's, unless its claim was lost (the lease ran
    /// out and another run claimed it again); those <paramref name="released"/> unattempted are due now and
    /// uncounted. An endpoint that accepted any attempt stops failing; one that accepted none starts failing if it
    /// was not, and is disabled once failing for <paramref name="failingLimit"/>. Answers the endpoints this call
    /// disabled, so that only one caller ever tells their owners.
    /// </summary>
    Task<IReadOnlyList<WebhookEndpointId>> RecordOutcomesAsync(
        IReadOnlyList<AttemptOutcome> outcomes, IReadOnlyList<ClaimedDelivery> released, DateTimeOffset now, TimeSpan failingLimit, CancellationToken cancellationToken);

    Task<int> SaveChangesAsync(CancellationToken cancellationToken = default);
}
