using System.ComponentModel;

namespace Portal.BuildingBlocks.Infrastructure.Outbox;

/// <summary>
/// Delivers integration events of one type to one handler, each in its own scope and transaction. Hangfire retries the job
/// when any of them failed and shows it on the dashboard; the inbox row written in the handler's transaction makes
/// a second delivery of an event that went through a no-op, so a retry only redoes what failed. One failing event
/// does not hold back the others of its job: they are all tried before the job reports the failures.
/// </summary>
public sealed class IntegrationEventDeliveryJob(
    IServiceScopeFactory scopes,
    ModuleCatalog modules,
    IntegrationEventSubscriptions subscriptions,
    IDataProtectionProvider protection,
    TimeProvider time)
{
    /// <summary>The Data Protection purpose the relay seals payloads with.</summary>
    public const string PayloadPurpose = "Portal.IntegrationEvent.v1";

    [DisplayName("Deliver {0} to {1}")]
    [AutomaticRetry(Attempts = 10)]
    public async Task DeliverAsync(string eventType, string handler, RelayedEvent[] events, CancellationToken cancellationToken)
    {
        var failures = new List<Exception>();
        foreach (var relayed in events)
        {
            try
            {
                await DeliverOneAsync(eventType, handler, relayed, cancellationToken);
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

    private async Task DeliverOneAsync(string eventType, string handler, RelayedEvent relayed, CancellationToken cancellationToken)
    {
        var handlerType = subscriptions.HandlerType(handler);
        var module = modules.Owning(handlerType.Assembly)
            ?? throw new InvalidOperationException($"No module owns handler '{handler}'.");
        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var db = (ModuleDbContext)services.GetRequiredService(module.DbContextType);

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // The schema is a constant of the module's code, never input; the values are parameters.
        var recordDelivery = $"INSERT INTO \"{db.Schema}\".inbox_messages (event_id, handler, processed_on_utc) " +
            "VALUES ({0}, {1}, {2}) ON CONFLICT DO NOTHING";
        var firstDelivery = await db.Database.ExecuteSqlRawAsync(recordDelivery, [relayed.Id, handler, time.GetUtcNow()], cancellationToken);
        if (firstDelivery == 0)
        {
            return;
        }

        var eventClrType = subscriptions.EventType(eventType);
        var payload = protection.CreateProtector(PayloadPurpose).Unprotect(relayed.SealedPayload);
        var integrationEvent = JsonSerializer.Deserialize(payload, eventClrType, IntegrationEventTypes.JsonOptions)!;
        var handle = typeof(IIntegrationEventHandler<>).MakeGenericType(eventClrType).GetMethod("HandleAsync")!;
        await (Task)handle.Invoke(services.GetRequiredService(handlerType), [integrationEvent, cancellationToken])!;

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        services.GetRequiredService<AfterCommit>().Run();
    }
}
