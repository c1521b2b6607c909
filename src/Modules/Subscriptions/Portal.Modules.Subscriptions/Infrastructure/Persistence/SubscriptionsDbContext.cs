using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore.Storage;
using Portal.BuildingBlocks.Infrastructure.Messaging;
using Portal.BuildingBlocks.Infrastructure.Outbox;
using Portal.Modules.Subscriptions.Infrastructure.Persistence.Configurations;
using Portal.Modules.Subscriptions.Application.Abstractions;
using Portal.Modules.Subscriptions.Application.Subscriptions;
using Portal.Modules.Subscriptions.Domain.ProductCollections;
using Portal.Modules.Subscriptions.Domain.Products;
using Portal.Modules.Subscriptions.Domain.Subscriptions;

namespace Portal.Modules.Subscriptions.Infrastructure.Persistence;

/// <summary>The subscriptions schema: products, collections, subscriptions and their history.</summary>
internal sealed class SubscriptionsDbContext(
    DbContextOptions<SubscriptionsDbContext> options,
    DomainEventDispatcher? domainEvents = null,
    OutboxSignal? outboxSignal = null)
    : ModuleDbContext(options, domainEvents, outboxSignal), ISubscriptionsDbContext
{
    public const string SchemaName = "subscriptions";

    public override string Schema => SchemaName;

    public DbSet<Product> Products => Set<Product>();

    public DbSet<ProductCollection> ProductCollections => Set<ProductCollection>();

    public DbSet<Subscription> Subscriptions => Set<Subscription>();

    public DbSet<SubscriptionTransition> SubscriptionTransitions => Set<SubscriptionTransition>();

    public DbSet<PlanChangePolicy> PlanChangePolicies => Set<PlanChangePolicy>();

    public Task<IDbContextTransaction> BeginTransactionAsync(CancellationToken cancellationToken) =>
        Database.BeginTransactionAsync(cancellationToken);

    public async Task<Subscription?> LockSubscriptionAsync(SubscriptionId id, bool skipLocked, CancellationToken cancellationToken)
    {
        // A tracked copy would be returned instead of the row just locked, stale if another transaction changed it meanwhile.
        foreach (var entry in ChangeTracker.Entries<Subscription>().Where(e => e.Entity.Id == id).ToList())
        {
            entry.State = EntityState.Detached;
        }

        // Locked first, then read as any query: EF 10 maps FromSql rows to an optional complex property (the pending plan
        // change) by its columns' default names, not the configured ones.
        var locked = skipLocked
            ? Database.SqlQuery<string>($"SELECT id AS \"Value\" FROM subscriptions.subscriptions WHERE id = {id.Value} FOR UPDATE SKIP LOCKED")
            : Database.SqlQuery<string>($"SELECT id AS \"Value\" FROM subscriptions.subscriptions WHERE id = {id.Value} FOR UPDATE");
        return (await locked.ToListAsync(cancellationToken)).Count == 1
            ? await Subscriptions.SingleAsync(s => s.Id == id, cancellationToken)
            : null;
    }

    public async Task<IReadOnlyList<DueSubscription>> DueSubscriptionsAsync(
        DueWork work, DateTimeOffset now, DueSubscription? after, int limit, CancellationToken cancellationToken)
    {
        // Raw SQL for the row comparison: it walks the partial (due time, id) indexes of the two work lists, whose
        // status predicate it repeats as a literal (a parameter would keep the planner from the partial index).
        var afterAt = after?.DueAt ?? DateTimeOffset.MinValue;
        var afterId = after?.Id.Value ?? string.Empty;
        var rows = work == DueWork.Renewals
            ? Database.SqlQuery<DueRow>(FormattableStringFactory.Create(
                $$"""
                SELECT id, current_period_end AS due_at FROM subscriptions.subscriptions
                WHERE {{SubscriptionConfiguration.Active}} AND current_period_end <= {0} AND (current_period_end, id) > ({1}, {2})
                ORDER BY current_period_end, id LIMIT {3}
                """,
                now, afterAt, afterId, limit))
            : Database.SqlQuery<DueRow>(FormattableStringFactory.Create(
                $$"""
                SELECT id, next_dues_attempt_at AS due_at FROM subscriptions.subscriptions
                WHERE {{SubscriptionConfiguration.OnHold}} AND next_dues_attempt_at <= {0} AND (next_dues_attempt_at, id) > ({1}, {2})
                ORDER BY next_dues_attempt_at, id LIMIT {3}
                """,
                now, afterAt, afterId, limit));
        var list = await rows.ToListAsync(cancellationToken);
        return [.. list.Select(r => new DueSubscription(SubscriptionId.FromTrusted(r.Id), r.DueAt))];
    }

    private sealed record DueRow(string Id, DateTimeOffset DueAt);
}
