using MediatR;
using Portal.BuildingBlocks.Application.Caching;
using Portal.BuildingBlocks.Contracts.Messaging;

namespace Portal.BuildingBlocks.Application.Behaviors;

/// <summary>
/// After a command's handler returns, saves its module's changes, domain events and outbox rows in one
/// transaction, then waits until this instance's read cache has heard of them, so the next read here never
/// serves what the command replaced (ADR 0019). Queries pass through untouched.
/// </summary>
public sealed class UnitOfWorkBehavior<TRequest, TResponse>(IUnitOfWork unitOfWork, IReadCache readCache)
    : IPipelineBehavior<TRequest, TResponse>
{
    private static readonly bool IsCommand = typeof(TRequest).GetInterfaces()
        .Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(ICommand<>));

    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        var response = await next();
        if (IsCommand)
        {
            await unitOfWork.SaveChangesAsync(typeof(TRequest), cancellationToken);
            await readCache.CatchUpAsync(cancellationToken);
        }

        return response;
    }
}
