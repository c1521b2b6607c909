using Microsoft.EntityFrameworkCore.Storage;
using Portal.BuildingBlocks.Application.Persistence;
using Portal.Modules.Subscriptions.Application.Subscriptions;
using Portal.Modules.Subscriptions.Domain.ProductCollections;
using Portal.Modules.Subscriptions.Domain.Products;
using Portal.Modules.Subscriptions.Domain.Subscriptions;

namespace Portal.Modules.Subscriptions.Application.Abstractions;

/// <summary>The Subscriptions tables as the handlers see them; implemented by the module's DbContext.</summary>
internal interface ISubscriptionsDbContext : IModuleDbContext
{
    DbSet<Product> Products { get; }

    DbSet<ProductCollection> ProductCollections { get; }

    DbSet<Subscription> Subscriptions { get; }

    DbSet<SubscriptionTransition> SubscriptionTransitions { get; }

    /// <summary>One row per business that has set its plan-change rule (none: updates off).</summary>
    DbSet<PlanChangePolicy> PlanChangePolicies { get; }

    Task<IDbContextTransaction> BeginTransactionAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Loads the subscription and locks its row until the transaction ends. With <paramref name="skipLocked"/>
    /// a row someone else holds answers null at once (a job moves on to the next one); without, it waits.
    /// </summary>
    Task<Subscription?> LockSubscriptionAsync(SubscriptionId id, bool skipLocked, CancellationToken cancellationToken);

    /// <summary>
    /// The next <paramref name="limit"/> subscriptions due on a job's work list at <paramref name="now"/>,
    /// ordered by when they became due, after <paramref name="after"/> (keyset paging, read without locks).
    /// </summary>
    Task<IReadOnlyList<DueSubscription>> DueSubscriptionsAsync(DueWork work, DateTimeOffset now, DueSubscription? after, int limit, CancellationToken cancellationToken);

    Task<int> SaveChangesAsync(CancellationToken cancellationToken = default);
}
