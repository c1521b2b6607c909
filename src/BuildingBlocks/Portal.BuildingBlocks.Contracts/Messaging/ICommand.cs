using MediatR;

namespace Portal.BuildingBlocks.Contracts.Messaging;

/// <summary>A request that changes state. Its handler's changes are saved by the unit-of-work behaviour.</summary>
public interface ICommand<TResult> : IRequest<TResult>;

/// <summary>A command with no result.</summary>
public interface ICommand : ICommand<Unit>;
