using Microsoft.AspNetCore.DataProtection;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Npgsql;
using Portal.BuildingBlocks.Infrastructure.Outbox;
using Portal.BuildingBlocks.Application.Messaging;
using Portal.BuildingBlocks.Contracts;
using Portal.Modules.Billing.Contracts.Payments;
using StandardWebhooks;

namespace Portal.Bench.Host;

/// <summary>
/// The host's side of <c>bench/webhooks</c> (docs/performance.md, "Webhook delivery").
/// <see cref="ChargeAsync"/> publishes events by the real path: sandbox charges of a saved card
/// (<c>ChargeCustomerCommand</c>), paced open-loop at a given rate, each committing a
/// <c>PaymentSucceeded</c> to Billing's outbox, which the relay and the Webhooks inbox handler turn into one
/// <c>payment.succeeded</c> delivery per endpoint, sent by the delivery job through Hangfire.
/// <see cref="AnnounceAsync"/> commits events straight to Billing's outbox, for loads beyond the charge path.
/// <see cref="DeliverAsync"/> runs the delivery job itself (<c>DeliverWebhooksJob.RunAsync</c>, internal to
/// the module, so found by name) once, timed, over whatever is due. <see cref="RawAsync"/> is the baseline:
/// the same stored messages to the same endpoint URLs, signed the same way, posted by one plain
/// <see cref="HttpClient"/> with the given parallelism and nothing else.
/// </summary>
internal static class WebhooksBench
{
    private const string DeliverJobType = "Portal.Modules.Webhooks.Infrastructure.Delivery.DeliverWebhooksJob, Portal.Modules.Webhooks";

    private static readonly ChargeLine Line = new("Webhooks bench charge", "prod_bench_webhooks", 1, 1_900, 2_200);

    /// <summary><paramref name="count"/> charges of one customer's saved card, started at <paramref name="rate"/> a second (at most 16 in flight).</summary>
    public static Task<IResult> ChargeAsync(
        IServiceScopeFactory scopes, string business, string customer, string prefix, int count, double rate, CancellationToken cancellationToken) =>
        PacedAsync(count, rate, async i =>
        {
            await using var scope = scopes.CreateAsyncScope();
            var key = string.Create(CultureInfo.InvariantCulture, $"{prefix}-{i}");
            var outcome = await scope.ServiceProvider.GetRequiredService<ISender>().SendAsync(
                new ChargeCustomerCommand(business, Mode.Test, customer, key, "EUR", [Line], Line.Description), cancellationToken);
            return outcome.Status == ChargeStatus.Succeeded;
        }, cancellationToken);

    /// <summary>
    /// <paramref name="count"/> <c>PaymentProcessing</c> events of one payment, started at <paramref name="rate"/>
    /// a second: each committed to Billing's outbox in a transaction of its own and the relay woken, as a save
    /// in Billing does (<c>ModuleDbContext</c>). Only the Webhooks module consumes the event, so everything from
    /// the commit on is the webhook path alone, at rates no sandbox charge path on these cores reaches.
    /// </summary>
    public static Task<IResult> AnnounceAsync(
        NpgsqlDataSource dataSource, OutboxSignal relay, TimeProvider time, string business, string payment, int count, double rate, CancellationToken cancellationToken) =>
        PacedAsync(count, rate, async _ =>
        {
            var now = time.GetUtcNow();
            var announced = new PaymentProcessingIntegrationEvent(Guid.CreateVersion7(now), now, payment, business, Mode.Test);
            await using var command = dataSource.CreateCommand(
                "INSERT INTO billing.outbox_messages (id, event_type, payload, occurred_on_utc) VALUES ($1, $2, $3, $4)");
            command.Parameters.Add(new NpgsqlParameter { Value = announced.EventId });
            command.Parameters.Add(new NpgsqlParameter { Value = IntegrationEventTypes.NameOf(typeof(PaymentProcessingIntegrationEvent)) });
            command.Parameters.Add(new NpgsqlParameter { Value = JsonSerializer.Serialize(announced, IntegrationEventTypes.JsonOptions), NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Jsonb });
            command.Parameters.Add(new NpgsqlParameter { Value = now });
            await command.ExecuteNonQueryAsync(cancellationToken);
            relay.Notify("billing");
            return true;
        }, cancellationToken);

    /// <summary>Starts <paramref name="count"/> calls of <paramref name="one"/> open-loop at <paramref name="rate"/> a second, at most 16 in flight; counts those that failed and those started more than 50 ms behind the pace.</summary>
    private static async Task<IResult> PacedAsync(int count, double rate, Func<int, Task<bool>> one, CancellationToken cancellationToken)
    {
        if (count <= 0 || rate <= 0)
        {
            return TypedResults.BadRequest(new { error = "count and rate must be above zero" });
        }

        using var inFlight = new SemaphoreSlim(16);
        var failed = 0;
        var started = Stopwatch.GetTimestamp();
        var lateStarts = 0;
        var calls = new List<Task>(count);
        for (var i = 0; i < count; i++)
        {
            var due = TimeSpan.FromSeconds(i / rate);
            var wait = due - Stopwatch.GetElapsedTime(started);
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, cancellationToken);
            }
            else if (wait < TimeSpan.FromMilliseconds(-50))
            {
                lateStarts++;
            }

            await inFlight.WaitAsync(cancellationToken);
            var index = i;
            calls.Add(Task.Run(
                async () =>
                {
                    try
                    {
                        if (!await one(index))
                        {
                            Interlocked.Increment(ref failed);
                        }
                    }
                    finally
                    {
                        inFlight.Release();
                    }
                },
                cancellationToken));
        }

        await Task.WhenAll(calls);
        var elapsed = Stopwatch.GetElapsedTime(started);
        return TypedResults.Ok(new WebhooksPacedRun(count - failed, failed, lateStarts, elapsed.TotalMilliseconds));
    }

    /// <summary>One run of the delivery job, in its own scope, as Hangfire runs it; timed around <c>RunAsync</c> alone.</summary>
    public static async Task<IResult> DeliverAsync(IServiceScopeFactory scopes, CancellationToken cancellationToken)
    {
        var jobType = Type.GetType(DeliverJobType, throwOnError: true)!;
        await using var scope = scopes.CreateAsyncScope();
        var job = scope.ServiceProvider.GetRequiredService(jobType);
        var run = jobType.GetMethod("RunAsync")!;
        var started = Stopwatch.GetTimestamp();
        await (Task)run.Invoke(job, [cancellationToken])!;
        return TypedResults.Ok(new WebhooksTimedRun(0, Stopwatch.GetElapsedTime(started).TotalMilliseconds));
    }

    /// <summary>
    /// The baseline: every delivery of the business (its message's body, opened with the module's Data
    /// Protection purpose, and id, its endpoint's URL), read and opened before the clock starts, then posted with Standard Webhooks headers signed with the endpoint's secret (given
    /// by the caller, who read it through <c>GET /webhooks/{id}/secret</c>), by one <see cref="HttpClient"/>
    /// with <paramref name="parallelism"/> requests in flight. Timed around the posting alone.
    /// </summary>
    public static async Task<IResult> RawAsync(
        NpgsqlDataSource dataSource, IDataProtectionProvider protection, string business, int parallelism, WebhooksRawSecrets secrets, CancellationToken cancellationToken)
    {
        var work = new List<(string Url, string MessageId, string Body, StandardWebhook Signer)>();
        var signers = secrets.Secrets.ToDictionary(s => s.Key, s => new StandardWebhook(s.Value));
        // The module's purpose for sealed bodies (DataProtectionWebhookBodies, internal to it).
        var bodies = protection.CreateProtector("Portal.Webhooks.Body.v1");
        await using (var command = dataSource.CreateCommand(
            "SELECT e.id, e.url, m.id, m.sealed_body FROM webhooks.deliveries d JOIN webhooks.endpoints e ON e.id = d.endpoint_id " +
            "JOIN webhooks.messages m ON m.id = d.message_id WHERE d.business_id = $1 ORDER BY d.created_at"))
        {
            command.Parameters.Add(new NpgsqlParameter { Value = business });
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                work.Add((reader.GetString(1), reader.GetString(2), bodies.Unprotect(reader.GetString(3)), signers[reader.GetString(0)]));
            }
        }

        using var client = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false }) { Timeout = TimeSpan.FromSeconds(15) };
        var failed = 0;
        var started = Stopwatch.GetTimestamp();
        await Parallel.ForEachAsync(
            work,
            new ParallelOptions { MaxDegreeOfParallelism = parallelism, CancellationToken = cancellationToken },
            async (item, token) =>
            {
                using var request = new HttpRequestMessage(HttpMethod.Post, item.Url) { Content = new StringContent(item.Body, Encoding.UTF8, "application/json") };
                var sentAt = DateTimeOffset.UtcNow;
                request.Headers.Add("webhook-id", item.MessageId);
                request.Headers.Add("webhook-timestamp", sentAt.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture));
                request.Headers.Add("webhook-signature", item.Signer.Sign(item.MessageId, sentAt, item.Body));
                using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, token);
                if (!response.IsSuccessStatusCode)
                {
                    Interlocked.Increment(ref failed);
                }
            });
        return TypedResults.Ok(new WebhooksTimedRun(work.Count - failed, Stopwatch.GetElapsedTime(started).TotalMilliseconds));
    }
}

/// <summary>What <c>/bench/webhooks/charge</c> and <c>/bench/webhooks/announce</c> did: calls that succeeded and failed, how many started more than 50 ms behind the pace, and how long it took.</summary>
internal sealed record WebhooksPacedRun(int Succeeded, int Failed, int LateStarts, double ElapsedMs);

/// <summary>The answer of <c>/bench/webhooks/deliver</c> and <c>/bench/webhooks/raw</c>: requests answered 2xx (the raw loop) and the time taken.</summary>
internal sealed record WebhooksTimedRun(int Posted, double ElapsedMs);

/// <summary>The endpoints' signing secrets, by endpoint id, for the raw loop.</summary>
internal sealed record WebhooksRawSecrets(Dictionary<string, string> Secrets);
