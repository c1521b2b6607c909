using FluentValidation;
using MediatR;
using Portal.BuildingBlocks.Application.Messaging;
using Portal.BuildingBlocks.Contracts;
using Portal.BuildingBlocks.Contracts.Messaging;
using Portal.BuildingBlocks.Domain;

// Rule 7 canaries.
namespace Portal.Tests.Architecture.Canaries.Messages;

/// <summary>Violation: a command record that is not sealed.</summary>
public record UnsealedCommand : ICommand;

/// <summary>Violation: a command that is a class, not a record.</summary>
public sealed class ClassCommand : ICommand;

/// <summary>Violation: a command with a public setter.</summary>
public sealed record MutableCommand : ICommand
{
    public string Name { get; set; } = string.Empty;
}

/// <summary>Violation: a command whose name does not end with Command.</summary>
public sealed record CreateThing : ICommand;

/// <summary>Violation: a query whose name does not end with Query.</summary>
public sealed record FetchThing : IQuery<int>;

/// <summary>Violation: an integration event whose name does not end with IntegrationEvent.</summary>
public sealed record ThingArrived(Guid EventId, DateTimeOffset OccurredOnUtc) : IntegrationEvent(EventId, OccurredOnUtc);

/// <summary>Violation: an integration event that is not sealed.</summary>
public record UnsealedThingIntegrationEvent(Guid EventId, DateTimeOffset OccurredOnUtc) : IntegrationEvent(EventId, OccurredOnUtc);

/// <summary>Violation: a domain event whose name does not end with DomainEvent.</summary>
internal sealed record ThingHappened(int Id) : IDomainEvent;

/// <summary>Violation: a mutable domain event class.</summary>
internal sealed class MutableThingDomainEvent : IDomainEvent
{
    public int Count { get; set; }
}

/// <summary>Violation: a handler whose name does not end with Handler.</summary>
internal sealed class ProcessThing : ICommandHandler<GoodCommand, Unit>
{
    public Task<Unit> Handle(GoodCommand request, CancellationToken cancellationToken) => Task.FromResult(Unit.Value);
}

/// <summary>Violation: a validator whose name does not end with Validator.</summary>
internal sealed class ThingRules : AbstractValidator<GoodCommand>;

/// <summary>Allowed.</summary>
public sealed record GoodCommand(string Name) : ICommand;

/// <summary>Allowed: init-only properties are immutable.</summary>
public sealed record InitOnlyCommand : ICommand
{
    public string Name { get; init; } = string.Empty;
}

/// <summary>Allowed.</summary>
public sealed record GoodQuery(int Id) : IQuery<string>;

/// <summary>Allowed.</summary>
public sealed record GoodIntegrationEvent(Guid EventId, DateTimeOffset OccurredOnUtc) : IntegrationEvent(EventId, OccurredOnUtc);

/// <summary>Allowed.</summary>
internal sealed record GoodDomainEvent(int Id) : IDomainEvent;

/// <summary>Allowed.</summary>
internal sealed class GoodCommandHandler : ICommandHandler<GoodCommand, Unit>
{
    public Task<Unit> Handle(GoodCommand request, CancellationToken cancellationToken) => Task.FromResult(Unit.Value);
}

/// <summary>Allowed.</summary>
internal sealed class GoodCommandValidator : AbstractValidator<GoodCommand>;
