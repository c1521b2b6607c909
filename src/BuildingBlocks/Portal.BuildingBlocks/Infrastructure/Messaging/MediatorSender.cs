using MediatR;

namespace Portal.BuildingBlocks.Infrastructure.Messaging;

/// <summary>
/// The one file that knows MediatR sends the project's commands and queries (ADR 0003). A cached query whose
/// answer is in memory is answered here, before the pipeline (ADR 0019): nothing in it has work to do for
/// that answer — the very same query (a record of values) passed validation when it was loaded, a query
/// writes nothing, and serving it from memory is all the cache behaviour would do — while resolving the
/// behaviours and validators for each query was a tenth of a cached page's cost (docs/performance.md).
/// </summary>
internal sealed class MediatorSender(IMediator mediator, IReadCache readCache) : ISender
{
    public Task<TResult> SendAsync<TResult>(ICommand<TResult> command, CancellationToken cancellationToken = default) =>
        mediator.Send(command, cancellationToken);

    public Task<TResult> QueryAsync<TResult>(IQuery<TResult> query, CancellationToken cancellationToken = default) =>
        query is ICachedQuery<TResult> { ReadScope: { } scope } cached && readCache.TryGet(cached, scope, out var answer)
            ? Task.FromResult(answer)
            : mediator.Send(query, cancellationToken);
}
