using System.Diagnostics.CodeAnalysis;
using MediatR;
using Portal.BuildingBlocks.Application.Caching;
using Portal.BuildingBlocks.Contracts.Messaging;
using Portal.BuildingBlocks.Infrastructure.Messaging;

namespace Portal.Tests.Integration;

/// <summary>ADR 0019 and docs/performance.md: an answer already in memory is served without running the pipeline.</summary>
public sealed class MediatorSenderTests
{
    private static readonly ReadScope Scope = ReadScope.Session(Guid.Parse("0b7f1c8e-4c7a-4a53-9a55-1d9f3c2e8b10"));

    [Fact]
    public async Task A_cached_answer_in_memory_is_served_without_resolving_the_pipeline()
    {
        var services = new RecordingServices();
        var sender = new MediatorSender(new Mediator(services.Resolve), new OneAnswerCache("from memory"));

        var answer = await sender.QueryAsync(new EchoQuery("anything", Scope));

        Assert.Equal("from memory", answer);
        Assert.Empty(services.Requested);
    }

    [Fact]
    public async Task A_cached_query_not_in_memory_goes_through_the_pipeline_to_its_handler()
    {
        var services = new RecordingServices();
        var sender = new MediatorSender(new Mediator(services.Resolve), new OneAnswerCache(null));

        var answer = await sender.QueryAsync(new EchoQuery("from the handler", Scope));

        Assert.Equal("from the handler", answer);
        Assert.Contains(typeof(IRequestHandler<EchoQuery, string>), services.Requested);
    }

    [Fact]
    public async Task A_query_that_names_no_scope_is_never_looked_up()
    {
        var services = new RecordingServices();
        var sender = new MediatorSender(new Mediator(services.Resolve), new OneAnswerCache("from memory"));

        var answer = await sender.QueryAsync(new EchoQuery("from the handler", null));

        Assert.Equal("from the handler", answer);
    }

    public sealed record EchoQuery(string Text, ReadScope? ReadScope) : ICachedQuery<string>;

    private sealed class EchoHandler : IRequestHandler<EchoQuery, string>
    {
        public Task<string> Handle(EchoQuery request, CancellationToken cancellationToken) => Task.FromResult(request.Text);
    }

    /// <summary>The container MediatR asks: no behaviours, the echo handler, and a list of what it was asked for.</summary>
    private sealed class RecordingServices
    {
        public List<Type> Requested { get; } = [];

        public object Resolve(Type type)
        {
            Requested.Add(type);
            return type == typeof(IRequestHandler<EchoQuery, string>)
                ? new EchoHandler()
                : Array.CreateInstance(type.GetGenericArguments()[0], 0);
        }
    }

    /// <summary>A cache holding one answer for every scoped query (none when null).</summary>
    private sealed class OneAnswerCache(string? held) : IReadCache
    {
        public bool TryGet<T>(ICachedQuery<T> query, ReadScope scope, [MaybeNullWhen(false)] out T answer)
        {
            answer = held is null ? default : (T)(object)held;
            return held is not null;
        }

        public Task<T> GetOrLoadAsync<T>(ICachedQuery<T> query, ReadScope scope, Func<Task<(T Answer, DateTimeOffset? ValidUntil)>> load) =>
            throw new NotSupportedException("The pipeline here has no cache behaviour.");

        public Task CatchUpAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
