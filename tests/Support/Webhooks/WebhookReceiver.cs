using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Portal.Tests.Support.Webhooks;

/// <summary>
/// A merchant's webhook receiver on a loopback port: it records every request as received (headers and
/// raw body) and answers the status codes it is told to, then 200. <see cref="Answer"/> queues answers,
/// so a test can make it fail a few times, or be "down" for a while.
/// </summary>
public sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly Lock _gate = new();
    private readonly List<ReceivedWebhook> _received = [];
    private readonly Queue<HttpStatusCode> _answers = new();
    private TaskCompletionSource? _held;
    private TaskCompletionSource? _arrived;

    private WebhookReceiver(WebApplication app)
    {
        _app = app;
        app.Run(ReceiveAsync);
    }

    /// <summary>The URL to register, with a path of the test's choosing.</summary>
    public string Url { get; private set; } = string.Empty;

    public IReadOnlyList<ReceivedWebhook> Received
    {
        get
        {
            lock (_gate)
            {
                return [.. _received];
            }
        }
    }

    public static WebhookReceiver Start()
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var receiver = new WebhookReceiver(builder.Build());
        Task.Run(() => receiver._app.StartAsync()).GetAwaiter().GetResult();
        receiver.Url = receiver._app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single() + "/hooks";
        return receiver;
    }

    /// <summary>The next requests get these codes, in order; after them, 200.</summary>
    public void Answer(params HttpStatusCode[] codes)
    {
        lock (_gate)
        {
            foreach (var code in codes)
            {
                _answers.Enqueue(code);
            }
        }
    }

    /// <summary>
    /// Keeps the next request waiting for its answer until <paramref name="release"/> completes; the task
    /// returned completes when that request has arrived (the sender is then mid-attempt).
    /// </summary>
    public Task HoldNext(Task release)
    {
        lock (_gate)
        {
            var held = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _ = release.ContinueWith(_ => held.TrySetResult(), TaskScheduler.Default);
            _held = held;
            _arrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            return _arrived.Task;
        }
    }

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    private async Task ReceiveAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync();
        HttpStatusCode answer;
        lock (_gate)
        {
            answer = _answers.TryDequeue(out var queued) ? queued : HttpStatusCode.OK;
            _received.Add(new ReceivedWebhook(
                context.Request.Path,
                context.Request.Headers.ToDictionary(h => h.Key.ToLowerInvariant(), h => h.Value.ToString()),
                body,
                (int)answer,
                DateTimeOffset.UtcNow));
        }

        Task? hold;
        lock (_gate)
        {
            hold = _held?.Task;
            _held = null;
            _arrived?.TrySetResult();
            _arrived = null;
        }

        if (hold is not null)
        {
            await hold;
        }

        context.Response.StatusCode = (int)answer;
    }
}

/// <summary>One request as the receiver saw it, what it answered, and when it arrived (wall clock).</summary>
public sealed record ReceivedWebhook(string Path, IReadOnlyDictionary<string, string> Headers, string Body, int Answered, DateTimeOffset ArrivedAt);
