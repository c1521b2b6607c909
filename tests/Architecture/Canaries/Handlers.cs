using MediatR;
using Portal.BuildingBlocks.Application.Messaging;
using Portal.BuildingBlocks.Contracts.Messaging;

// Rule 6 canaries.
namespace Portal.Tests.Architecture.Canaries.Handlers;

internal sealed record HandlerProbeCommand : ICommand;

internal sealed record HandlerProbeQuery : IQuery<int>;

internal sealed record HandlerProbeNotification : INotification;

/// <summary>Violation: MediatR's request handler implemented directly.</summary>
internal sealed class RawRequestHandler : IRequestHandler<HandlerProbeCommand, Unit>
{
    public Task<Unit> Handle(HandlerProbeCommand request, CancellationToken cancellationToken) => Task.FromResult(Unit.Value);
}

/// <summary>Violation: MediatR's notification handler implemented directly.</summary>
internal sealed class RawNotificationHandler : INotificationHandler<HandlerProbeNotification>
{
    public Task Handle(HandlerProbeNotification notification, CancellationToken cancellationToken) => Task.CompletedTask;
}

/// <summary>Allowed: the project's command handler.</summary>
internal sealed class WrappedCommandHandler : ICommandHandler<HandlerProbeCommand, Unit>
{
    public Task<Unit> Handle(HandlerProbeCommand request, CancellationToken cancellationToken) => Task.FromResult(Unit.Value);
}

/// <summary>Allowed: the project's query handler.</summary>
internal sealed class WrappedQueryHandler : IQueryHandler<HandlerProbeQuery, int>
{
    public Task<int> Handle(HandlerProbeQuery request, CancellationToken cancellationToken) => Task.FromResult(0);
}
