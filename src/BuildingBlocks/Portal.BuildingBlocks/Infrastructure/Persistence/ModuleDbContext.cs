using Portal.BuildingBlocks.Application.Persistence;
using Portal.BuildingBlocks.Infrastructure.Messaging;
using Portal.BuildingBlocks.Infrastructure.Outbox;

namespace Portal.BuildingBlocks.Infrastructure.Persistence;

/// <summary>
/// Base of every module's DbContext: its own schema, its own outbox and inbox tables, and a save that
/// first lets domain event handlers run so that what they write (integration events included) commits
/// in the same transaction as the change (ADR 0004).
/// </summary>
public abstract class ModuleDbContext : DbContext, IModuleDbContext
{
    private readonly DomainEventDispatcher? _domainEvents;
    private readonly OutboxSignal? _outboxSignal;

    protected ModuleDbContext(DbContextOptions options, DomainEventDispatcher? domainEvents, OutboxSignal? outboxSignal)
        : base(options)
    {
        _domainEvents = domainEvents;
        _outboxSignal = outboxSignal;
    }

    public abstract string Schema { get; }

    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();

    public DbSet<InboxMessage> InboxMessages => Set<InboxMessage>();

    public void AddIntegrationEvent(IntegrationEvent integrationEvent) =>
        OutboxMessages.Add(new OutboxMessage
        {
            Id = integrationEvent.EventId,
            EventType = IntegrationEventTypes.NameOf(integrationEvent.GetType()),
            Payload = JsonSerializer.Serialize(integrationEvent, integrationEvent.GetType(), IntegrationEventTypes.JsonOptions),
            OccurredOnUtc = integrationEvent.OccurredOnUtc,
        });

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        await DispatchDomainEventsAsync(cancellationToken);
        var wroteOutbox = ChangeTracker.Entries<OutboxMessage>().Any(e => e.State == EntityState.Added);
        var written = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        if (wroteOutbox)
        {
            // Inside an explicit transaction the rows are not visible yet; the relay's periodic sweep
            // picks them up after the commit.
            _outboxSignal?.Notify(Schema);
        }

        return written;
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        throw new NotSupportedException("Use SaveChangesAsync: domain events are dispatched asynchronously.");

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<BusinessId>().HaveConversion<PrefixedIdConverter<BusinessId>>().HaveMaxLength(64);
        configurationBuilder.Properties<CustomerId>().HaveConversion<PrefixedIdConverter<CustomerId>>().HaveMaxLength(64);
        configurationBuilder.Properties<Mode>().HaveConversion<string>().HaveMaxLength(8);
        configurationBuilder.Properties<Currency>().HaveConversion<CurrencyConverter>().HaveMaxLength(3);
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(Schema);

        modelBuilder.Entity<OutboxMessage>(b =>
        {
            b.ToTable("outbox_messages");
            b.HasKey(m => m.Id);
            b.Property(m => m.EventType).HasMaxLength(300);
            b.Property(m => m.Payload).HasColumnType("jsonb");
            b.HasIndex(m => m.OccurredOnUtc).HasFilter("dispatched_on_utc IS NULL");
            // The hourly purge of dispatched rows (PurgeDispatchedMessagesJob), which would otherwise scan the table.
            b.HasIndex(m => m.DispatchedOnUtc).HasFilter("dispatched_on_utc IS NOT NULL");
        });

        modelBuilder.Entity<InboxMessage>(b =>
        {
            b.ToTable("inbox_messages");
            b.HasKey(m => new { m.EventId, m.Handler });
            b.Property(m => m.Handler).HasMaxLength(300);
            b.HasIndex(m => m.ProcessedOnUtc);
        });

        modelBuilder.ApplyConfigurationsFromAssembly(GetType().Assembly);
    }

    private async Task DispatchDomainEventsAsync(CancellationToken cancellationToken)
    {
        if (_domainEvents is null)
        {
            return;
        }

        // Handlers may change aggregates that raise further events: keep going until none are left.
        while (true)
        {
            var aggregates = ChangeTracker.Entries<AggregateRoot>()
                .Select(e => e.Entity)
                .Where(a => a.DomainEvents.Count > 0)
                .ToList();
            if (aggregates.Count == 0)
            {
                return;
            }

            var events = aggregates.SelectMany(a => a.DomainEvents).ToList();
            aggregates.ForEach(a => a.ClearDomainEvents());
            foreach (var domainEvent in events)
            {
                await _domainEvents.DispatchAsync(domainEvent, cancellationToken);
            }
        }
    }
}
