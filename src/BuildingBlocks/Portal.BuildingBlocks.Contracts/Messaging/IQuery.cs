using MediatR;

namespace Portal.BuildingBlocks.Contracts.Messaging;

/// <summary>A request that reads state and changes nothing.</summary>
public interface IQuery<TResult> : IRequest<TResult>;
