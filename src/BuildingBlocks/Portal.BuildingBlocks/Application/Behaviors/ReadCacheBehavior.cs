using MediatR;

namespace Portal.BuildingBlocks.Application.Behaviors;

/// <summary>Serves a cached query from memory when its answer is there; everything else passes through.</summary>
public sealed class ReadCacheBehavior<TRequest, TResponse>(IReadCache cache, AnswerValidity validity) : IPipelineBehavior<TRequest, TResponse>
    where TRequest : notnull
{
    public Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next) =>
        request is ICachedQuery<TResponse> { ReadScope: { } scope } cached
            ? cache.GetOrLoadAsync(cached, scope, async () =>
            {
                validity.Reset();
                var answer = await next();
                return (answer, validity.ValidUntil);
            })
            : next();
}
