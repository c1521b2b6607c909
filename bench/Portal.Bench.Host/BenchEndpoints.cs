using Microsoft.AspNetCore.DataProtection;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Npgsql;
using Portal.BuildingBlocks.Application.Messaging;
using Portal.BuildingBlocks.Infrastructure.Outbox;

namespace Portal.Bench.Host;

/// <summary>
/// Baselines for <c>bench/run</c> (docs/performance.md): TechEmpower's JSON and Fortunes tests, run in this
/// very host, so each portal page's figure can be read as a fraction of what the same machine, runtime and
/// database give for the least work possible; the invoice history's hand-written twin is a page
/// (<c>Pages/HistoryTwin</c>). Only in Development, because <c>/bench/seed</c> creates a business and hands out
/// its API key to anyone who asks. <c>/bench/renewals/seed</c> and <c>/bench/renewals/run</c> serve
/// <c>bench/renewals</c>: the template subscription its SQL copies, and one timed run of the renewal or the
/// dues collection job's command (<see cref="RenewalsBench"/>). <c>/bench/webhooks/*</c> serve <c>bench/webhooks</c>
/// (<see cref="WebhooksBench"/>): paced charges, or paced events committed to Billing's outbox, that publish
/// webhooks, one timed run of the delivery job, and its raw <see cref="HttpClient"/> baseline. <c>/bench/unified/seed</c>
/// serves <c>bench/unified</c> (<see cref="UnifiedBench"/>).
/// </summary>
internal static class BenchEndpoints
{
    /// <summary>Stops the bench host outside Development before it starts, before it touches a database.</summary>
    public static void RefuseOutsideDevelopment(IHostEnvironment environment)
    {
        if (!environment.IsDevelopment())
        {
            throw new InvalidOperationException(
                $"The bench host runs in Development only, not {environment.EnvironmentName}: /bench/seed hands out an API key to anyone who asks.");
        }
    }

    public static void MapBenchEndpoints(this WebApplication app)
    {
        var bench = app.MapGroup("/bench").AllowAnonymous().ExcludeFromDescription();
        bench.MapGet("/json", () => TypedResults.Json(new HelloMessage("Hello, World!")));
        bench.MapGet("/fortunes", FortunesAsync);
        bench.MapPost("/seed", (ISender sender, TimeProvider time, CancellationToken ct) => BenchSeed.RunAsync(sender, time, ct));
        bench.MapPost("/unified/seed", (int businesses, ISender sender, TimeProvider time, CancellationToken ct) => UnifiedBench.SeedAsync(sender, time, businesses, ct));
        bench.MapPost("/renewals/seed", (ISender sender, TimeProvider time, CancellationToken ct) => RenewalsBench.SeedAsync(sender, time, ct));
        bench.MapPost("/renewals/run", (string? work, ISender sender, CancellationToken ct) => RenewalsBench.RunAsync(sender, work, ct));
        bench.MapPost(
            "/webhooks/charge",
            (string business, string customer, string prefix, int count, double rate, IServiceScopeFactory scopes, CancellationToken ct) =>
                WebhooksBench.ChargeAsync(scopes, business, customer, prefix, count, rate, ct));
        bench.MapPost(
            "/webhooks/announce",
            (string business, string payment, int count, double rate, NpgsqlDataSource dataSource, OutboxSignal relay, TimeProvider time, CancellationToken ct) =>
                WebhooksBench.AnnounceAsync(dataSource, relay, time, business, payment, count, rate, ct));
        bench.MapPost("/webhooks/deliver", (IServiceScopeFactory scopes, CancellationToken ct) => WebhooksBench.DeliverAsync(scopes, ct));
        bench.MapPost(
            "/webhooks/raw",
            (string business, int parallelism, WebhooksRawSecrets secrets, NpgsqlDataSource dataSource, IDataProtectionProvider protection, CancellationToken ct) =>
                WebhooksBench.RawAsync(dataSource, protection, business, parallelism, secrets, ct));
    }

    /// <summary>TechEmpower Fortunes: every row through the app's own data source, one added, sorted in memory, HTML-encoded.</summary>
    private static async Task<IResult> FortunesAsync(NpgsqlDataSource dataSource, HtmlEncoder encoder, CancellationToken cancellationToken)
    {
        var fortunes = new List<Fortune>();
        await using (var command = dataSource.CreateCommand("SELECT id, message FROM bench.fortunes"))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                fortunes.Add(new Fortune(reader.GetInt32(0), reader.GetString(1)));
            }
        }

        fortunes.Add(new Fortune(0, "Additional fortune added at request time."));
        fortunes.Sort((a, b) => string.CompareOrdinal(a.Message, b.Message));

        var html = new StringBuilder("<!DOCTYPE html><html><head><title>Fortunes</title></head><body><table><tr><th>id</th><th>message</th></tr>");
        foreach (var fortune in fortunes)
        {
            html.Append(CultureInfo.InvariantCulture, $"<tr><td>{fortune.Id}</td><td>{encoder.Encode(fortune.Message)}</td></tr>");
        }

        html.Append("</table></body></html>");
        return TypedResults.Content(html.ToString(), "text/html; charset=utf-8");
    }
}
