using Portal.BuildingBlocks.Application.Messaging;
using Portal.BuildingBlocks.Contracts;

// Message name canaries, judged as if they were the types of a module named Canary.
namespace Portal.Tests.Architecture.Canaries.MessageNames;

/// <summary>Violation: an integration event with no registered name.</summary>
internal sealed record UnnamedProbeIntegrationEvent(Guid EventId, DateTimeOffset OccurredOnUtc) : IntegrationEvent(EventId, OccurredOnUtc);

/// <summary>Violation: a handler with no registered name.</summary>
internal sealed class UnnamedProbeIntegrationEventHandler : IIntegrationEventHandler<NamedProbeIntegrationEvent>
{
    public Task HandleAsync(NamedProbeIntegrationEvent integrationEvent, CancellationToken cancellationToken) => Task.CompletedTask;
}

/// <summary>Violation: shares its name with <see cref="TwinProbeIntegrationEventHandler"/>.</summary>
[MessageName("canary.twin")]
internal sealed record TwinProbeIntegrationEvent(Guid EventId, DateTimeOffset OccurredOnUtc) : IntegrationEvent(EventId, OccurredOnUtc);

/// <summary>Violation: shares its name with <see cref="TwinProbeIntegrationEvent"/>.</summary>
[MessageName("canary.twin")]
internal sealed class TwinProbeIntegrationEventHandler : IIntegrationEventHandler<TwinProbeIntegrationEvent>
{
    public Task HandleAsync(TwinProbeIntegrationEvent integrationEvent, CancellationToken cancellationToken) => Task.CompletedTask;
}

/// <summary>Violation: a name that is not lower case.</summary>
[MessageName("canary.ProbeHappened")]
internal sealed record CapitalisedProbeIntegrationEvent(Guid EventId, DateTimeOffset OccurredOnUtc) : IntegrationEvent(EventId, OccurredOnUtc);

/// <summary>Violation: a name in another module's space.</summary>
[MessageName("billing.handle_probe")]
internal sealed class ForeignProbeIntegrationEventHandler : IIntegrationEventHandler<NamedProbeIntegrationEvent>
{
    public Task HandleAsync(NamedProbeIntegrationEvent integrationEvent, CancellationToken cancellationToken) => Task.CompletedTask;
}

/// <summary>Allowed.</summary>
[MessageName("canary.probe_happened")]
internal sealed record NamedProbeIntegrationEvent(Guid EventId, DateTimeOffset OccurredOnUtc) : IntegrationEvent(EventId, OccurredOnUtc);

/// <summary>Allowed.</summary>
[MessageName("canary.handle_probe")]
internal sealed class NamedProbeIntegrationEventHandler : IIntegrationEventHandler<NamedProbeIntegrationEvent>
{
    public Task HandleAsync(NamedProbeIntegrationEvent integrationEvent, CancellationToken cancellationToken) => Task.CompletedTask;
}

/// <summary>Allowed without a name: an abstract event is never stored, its concrete subtypes are.</summary>
internal abstract record AbstractProbeIntegrationEvent(Guid EventId, DateTimeOffset OccurredOnUtc) : IntegrationEvent(EventId, OccurredOnUtc);
