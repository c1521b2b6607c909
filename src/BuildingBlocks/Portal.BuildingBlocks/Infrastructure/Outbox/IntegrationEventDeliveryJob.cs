using System.ComponentModel;

namespace Portal.BuildingBlocks.Infrastructure.Outbox;

/// <summary>
/// Delivers integration events of one type to one handler. Hangfire retries the job when any of them failed and shows it
/// on the dashboard; the inbox row written in the handler's transaction makes a second delivery of an event that went
/// through a no-op, so a retry only redoes what failed. Each event has its own scope and transaction, except for a
/// handler that takes batches (<see cref="IIntegrationEventBatchHandler{TEvent}"/>): it gets the job's events in one
/// call and one transaction, and if that fails, each event alone. One failing event does not hold back the others of
/// its job: they are all tried before the job reports the failures.
/// </summary>
public sealed partial class IntegrationEventDeliveryJob(
    IServiceScopeFactory scopes,
    ModuleCatalog modules,
    IntegrationEventSubscriptions subscriptions,
    IDataProtectionProvider protection,
    TimeProvider time,
    ILogger<IntegrationEventDeliveryJob> logger)
{
    /// <summary>The Data Protection purpose the relay seals payloads with.</summary>
    public const string PayloadPurpose = "Portal.IntegrationEvent.v1";

    [DisplayName("Deliver {0} to {1}")]
    [AutomaticRetry(Attempts = 10)]
    public async Task DeliverAsync(string eventType, string handler, RelayedEvent[] events, CancellationToken cancellationToken)
    {
        var eventClrType = subscriptions.EventType(eventType);
        var handlerType = subscriptions.HandlerType(handler);
        if (events.Length > 1 && handlerType.IsAssignableTo(typeof(IIntegrationEventBatchHandler<>).MakeGenericType(eventClrType)))
        {
            try
            {
                await DeliverInOneTransactionAsync(eventClrType, handlerType, handler, events, cancellationToken);
                return;
            }
            catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
            {
                LogBatchFailed(logger, events.Length, handler, exception);
            }
        }

        var failures = new List<Exception>();
        foreach (var relayed in events)
        {
            try
            {
                await DeliverInOneTransactionAsync(eventClrType, handlerType, handler, [relayed], cancellationToken);
            }
            catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
            {
                failures.Add(exception);
            }
        }

        if (failures.Count > 0)
        {
            throw new AggregateException($"{failures.Count} of {events.Length} events did not reach {handler}.", failures);
        }
    }

    /// <summary>A job the relay of the version before enqueued, one event per job: delivered the same way.</summary>
    [DisplayName("Deliver {1} to {3}")]
    [AutomaticRetry(Attempts = 10)]
    public Task DeliverAsync(Guid eventId, string eventType, string sealedPayload, string handler, CancellationToken cancellationToken) =>
        DeliverAsync(eventType, handler, [new RelayedEvent(eventId, sealedPayload)], cancellationToken);

    /// <summary>The events the handler has not had yet, recorded in its inbox and handled in one transaction: one event, or a batch handler's batch.</summary>
    private async Task DeliverInOneTransactionAsync(Type eventClrType, Type handlerType, string handler, RelayedEvent[] events, CancellationToken cancellationToken)
    {
        var module = modules.Owning(handlerType.Assembly)
            ?? throw new InvalidOperationException($"No module owns handler '{handler}'.");
        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var db = (ModuleDbContext)services.GetRequiredService(module.DbContextType);

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // The schema is a constant of the module's code, never input; the values are parameters.
        var recordDeliveries = $"INSERT INTO \"{db.Schema}\".inbox_messages (event_id, handler, processed_on_utc) " +
            "SELECT id, {1}, {2} FROM unnest({0}) AS id ON CONFLICT DO NOTHING RETURNING event_id AS \"Value\"";
        var firstDeliveries = (await db.Database
                .SqlQueryRaw<Guid>(recordDeliveries, events.Select(e => e.Id).ToArray(), handler, time.GetUtcNow())
                .ToListAsync(cancellationToken))
            .ToHashSet();
        var fresh = events.Where(e => firstDeliveries.Contains(e.Id)).ToList();
        if (fresh.Count == 0)
        {
            return;
        }

        var protector = protection.CreateProtector(PayloadPurpose);
        var integrationEvents = Array.CreateInstance(eventClrType, fresh.Count);
        for (var i = 0; i < fresh.Count; i++)
        {
            var payload = protector.Unprotect(fresh[i].SealedPayload);
            integrationEvents.SetValue(JsonSerializer.Deserialize(payload, eventClrType, IntegrationEventTypes.JsonOptions), i);
        }

        var handlerInstance = services.GetRequiredService(handlerType);
        var handled = events.Length == 1
            ? typeof(IIntegrationEventHandler<>).MakeGenericType(eventClrType).GetMethod("HandleAsync")!
                .Invoke(handlerInstance, [integrationEvents.GetValue(0), cancellationToken])
            : typeof(IIntegrationEventBatchHandler<>).MakeGenericType(eventClrType)
                .GetMethod("HandleAsync", [typeof(IReadOnlyList<>).MakeGenericType(eventClrType), typeof(CancellationToken)])!
                .Invoke(handlerInstance, [integrationEvents, cancellationToken]);
        await (Task)handled!;

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        services.GetRequiredService<AfterCommit>().Run();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A batch of {Count} events failed in {Handler}; each is delivered alone")]
    private static partial void LogBatchFailed(ILogger logger, int count, string handler, Exception exception);
}
