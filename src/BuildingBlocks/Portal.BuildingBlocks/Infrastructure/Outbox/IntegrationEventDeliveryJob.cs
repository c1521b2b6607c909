using System.ComponentModel;

namespace Portal.BuildingBlocks.Infrastructure.Outbox;

/// <summary>
/// Delivers one integration event to one handler. Hangfire retries it on failure and shows it on the
/// dashboard; the inbox row written in the handler's transaction makes a second delivery a no-op.
/// </summary>
public sealed class IntegrationEventDeliveryJob(
    IServiceProvider services,
    ModuleCatalog modules,
    IntegrationEventSubscriptions subscriptions,
    IDataProtectionProvider protection,
    TimeProvider time)
{
    /// <summary>The Data Protection purpose the relay seals payloads with.</summary>
    public const string PayloadPurpose = "Portal.IntegrationEvent.v1";

    [DisplayName("Deliver {1} to {3}")]
    [AutomaticRetry(Attempts = 10)]
    public async Task DeliverAsync(Guid eventId, string eventType, string sealedPayload, string handler, CancellationToken cancellationToken)
    {
        var handlerType = subscriptions.HandlerType(handler);
        var module = modules.Owning(handlerType.Assembly)
            ?? throw new InvalidOperationException($"No module owns handler '{handler}'.");
        var db = (ModuleDbContext)services.GetRequiredService(module.DbContextType);

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // The schema is a constant of the module's code, never input; the values are parameters.
        var recordDelivery = $"INSERT INTO \"{db.Schema}\".inbox_messages (event_id, handler, processed_on_utc) " +
            "VALUES ({0}, {1}, {2}) ON CONFLICT DO NOTHING";
        var firstDelivery = await db.Database.ExecuteSqlRawAsync(recordDelivery, [eventId, handler, time.GetUtcNow()], cancellationToken);
        if (firstDelivery == 0)
        {
            return;
        }

        var eventClrType = subscriptions.EventType(eventType);
        var payload = protection.CreateProtector(PayloadPurpose).Unprotect(sealedPayload);
        var integrationEvent = JsonSerializer.Deserialize(payload, eventClrType, IntegrationEventTypes.JsonOptions)!;
        var handle = typeof(IIntegrationEventHandler<>).MakeGenericType(eventClrType).GetMethod("HandleAsync")!;
        await (Task)handle.Invoke(services.GetRequiredService(handlerType), [integrationEvent, cancellationToken])!;

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        services.GetRequiredService<AfterCommit>().Run();
    }
}
