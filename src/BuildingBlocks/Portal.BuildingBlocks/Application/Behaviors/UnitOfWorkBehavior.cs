using MediatR;

namespace Portal.BuildingBlocks.Application.Behaviors;

/// <summary>
/// After a command's handler returns, saves its module's changes, domain events and outbox rows in one
/// transaction. The outermost command then waits until this instance's read cache has heard of every change
/// committed so far, so the next read here never serves what the flow replaced (ADR 0019). A command sent
/// from inside another's handler (Subscriptions charging through Billing's <c>ChargeCustomerCommand</c>)
/// saves but does not wait: its caller may hold a row lock, and the outermost wait covers its commits too
/// (ADR 0023). The outermost command last runs what its handlers left for <see cref="AfterCommit"/>.
/// Queries pass through untouched.
/// </summary>
public sealed class UnitOfWorkBehavior<TRequest, TResponse>(IUnitOfWork unitOfWork, IReadCache readCache, AfterCommit afterCommit)
    : IPipelineBehavior<TRequest, TResponse>
{
    private static readonly bool IsCommand = typeof(TRequest).GetInterfaces()
        .Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(ICommand<>));

    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        if (!IsCommand)
        {
            return await next();
        }

        using var nesting = CommandNesting.Enter();
        var response = await next();
        await unitOfWork.SaveChangesAsync(typeof(TRequest), cancellationToken);
        if (nesting.IsOutermost)
        {
            await readCache.CatchUpAsync(cancellationToken);
            afterCommit.Run();
        }

        return response;
    }
}

/// <summary>How deep in commands the current flow is: one per command being handled, along the async call chain.</summary>
internal static class CommandNesting
{
    private static readonly AsyncLocal<int> Depth = new();

    public static Scope Enter()
    {
        Depth.Value++;
        return new Scope(Depth.Value == 1);
    }

    public readonly struct Scope(bool isOutermost) : IDisposable
    {
        public bool IsOutermost { get; } = isOutermost;

        public void Dispose() => Depth.Value--;
    }
}
