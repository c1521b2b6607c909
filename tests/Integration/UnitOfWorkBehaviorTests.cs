using System.Diagnostics.CodeAnalysis;
using MediatR;
using Portal.BuildingBlocks.Application.Behaviors;
using Portal.BuildingBlocks.Application.Caching;
using Portal.BuildingBlocks.Application.Messaging;
using Portal.BuildingBlocks.Contracts.Messaging;

namespace Portal.Tests.Integration;

/// <summary>
/// ADR 0023: every command saves its module's work; only the outermost one waits for the read cache, so a
/// command sent from inside another's handler (which may hold a row lock) never waits on notifications.
/// </summary>
public sealed class UnitOfWorkBehaviorTests
{
    [Fact]
    public async Task A_nested_command_saves_without_waiting_and_the_outermost_waits_once_after_both_saves_then_runs_the_after_commit_work()
    {
        var log = new List<string>();
        var afterCommit = new AfterCommit();
        var outer = new UnitOfWorkBehavior<OuterCommand, Unit>(new RecordingUnitOfWork(log), new RecordingCache(log), afterCommit);
        var inner = new UnitOfWorkBehavior<InnerCommand, Unit>(new RecordingUnitOfWork(log), new RecordingCache(log), afterCommit);

        await outer.Handle(new OuterCommand(), CancellationToken.None, async () =>
        {
            log.Add("outer handler, row locked");
            await inner.Handle(new InnerCommand(), CancellationToken.None, () =>
            {
                log.Add("inner handler");
                afterCommit.Add(() => log.Add("after commit"));
                return Task.FromResult(Unit.Value);
            });
            log.Add("outer handler continues");
            return Unit.Value;
        });

        Assert.Equal(
            ["outer handler, row locked", "inner handler", "save InnerCommand", "outer handler continues", "save OuterCommand", "catch up", "after commit"],
            log);
    }

    [Fact]
    public async Task A_command_on_its_own_waits_for_the_read_cache_after_saving_and_a_query_does_neither()
    {
        var log = new List<string>();

        await new UnitOfWorkBehavior<OuterCommand, Unit>(new RecordingUnitOfWork(log), new RecordingCache(log), new AfterCommit())
            .Handle(new OuterCommand(), CancellationToken.None, () => Task.FromResult(Unit.Value));
        await new UnitOfWorkBehavior<SomeQuery, string>(new RecordingUnitOfWork(log), new RecordingCache(log), new AfterCommit())
            .Handle(new SomeQuery(), CancellationToken.None, () => Task.FromResult("answer"));
        await new UnitOfWorkBehavior<InnerCommand, Unit>(new RecordingUnitOfWork(log), new RecordingCache(log), new AfterCommit())
            .Handle(new InnerCommand(), CancellationToken.None, () => Task.FromResult(Unit.Value));

        Assert.Equal(["save OuterCommand", "catch up", "save InnerCommand", "catch up"], log);
    }

    public sealed record OuterCommand : ICommand;

    public sealed record InnerCommand : ICommand;

    public sealed record SomeQuery : IQuery<string>;

    private sealed class RecordingUnitOfWork(List<string> log) : IUnitOfWork
    {
        public Task SaveChangesAsync(Type requestType, CancellationToken cancellationToken)
        {
            log.Add("save " + requestType.Name);
            return Task.CompletedTask;
        }
    }

    private sealed class RecordingCache(List<string> log) : IReadCache
    {
        public bool TryGet<T>(ICachedQuery<T> query, ReadScope scope, [MaybeNullWhen(false)] out T answer) =>
            throw new NotSupportedException("The unit of work reads nothing.");

        public Task<T> GetOrLoadAsync<T>(ICachedQuery<T> query, ReadScope scope, Func<Task<(T Answer, DateTimeOffset? ValidUntil)>> load) =>
            throw new NotSupportedException("The unit of work reads nothing.");

        public Task CatchUpAsync(CancellationToken cancellationToken)
        {
            log.Add("catch up");
            return Task.CompletedTask;
        }
    }
}
