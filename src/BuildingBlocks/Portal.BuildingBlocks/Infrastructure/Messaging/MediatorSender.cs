using MediatR;
using Portal.BuildingBlocks.Application.Messaging;
using Portal.BuildingBlocks.Contracts.Messaging;

namespace Portal.BuildingBlocks.Infrastructure.Messaging;

/// <summary>The one file that knows MediatR sends the project's commands and queries (ADR 0003).</summary>
internal sealed class MediatorSender(IMediator mediator) : ISender
{
    public Task<TResult> SendAsync<TResult>(ICommand<TResult> command, CancellationToken cancellationToken = default) =>
        mediator.Send(command, cancellationToken);

    public Task<TResult> QueryAsync<TResult>(IQuery<TResult> query, CancellationToken cancellationToken = default) =>
        mediator.Send(query, cancellationToken);
}
