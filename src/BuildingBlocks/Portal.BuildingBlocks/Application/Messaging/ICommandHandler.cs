using MediatR;

namespace Portal.BuildingBlocks.Application.Messaging;

/// <summary>
/// The project's handler contract. It derives from MediatR's so the mediator can be replaced in one
/// place (ADR 0003); handlers never implement <see cref="IRequestHandler{TRequest,TResponse}"/> directly.
/// </summary>
public interface ICommandHandler<in TCommand, TResult> : IRequestHandler<TCommand, TResult>
    where TCommand : ICommand<TResult>;
