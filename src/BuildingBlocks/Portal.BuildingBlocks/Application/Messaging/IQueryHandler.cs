using MediatR;

namespace Portal.BuildingBlocks.Application.Messaging;

/// <inheritdoc cref="ICommandHandler{TCommand,TResult}"/>
public interface IQueryHandler<in TQuery, TResult> : IRequestHandler<TQuery, TResult>
    where TQuery : IQuery<TResult>;
