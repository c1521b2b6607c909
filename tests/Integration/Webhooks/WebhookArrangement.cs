using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Portal.Modules.Webhooks.Infrastructure.Delivery;
using Portal.Tests.Support;
using Portal.Tests.Support.Webhooks;
using Microsoft.Extensions.Primitives;
using StandardWebhooks;
using StandardWebhooks.Diagnostics;

namespace Portal.Tests.Integration.Webhooks;

internal static class WebhookArrangement
{
    /// <summary>Registers <paramref name="url"/> through the API and reads its secret back.</summary>
    public static async Task<(string Id, string Secret)> EndpointAsync(HttpClient api, string url, string? extra = null)
    {
        var response = await api.PostAsync("/webhooks", WebhooksApiTests.Json($"{{\"url\":\"{url}\"{(extra is null ? "" : "," + extra)}}}"));
        var id = (await response.EnsureSuccessStatusCode().Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        var secret = (await api.GetFromJsonAsync<JsonElement>($"/webhooks/{id}/secret")).GetProperty("secret").GetString()!;
        return (id, secret);
    }

    /// <summary>Runs the delivery job as Hangfire would, for retries that fall due after the test moved the clock.</summary>
    public static async Task DeliverDueAsync(PortalFactory factory, CancellationToken cancellationToken = default)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DeliverWebhooksJob>().RunAsync(cancellationToken);
    }

    /// <summary>
    /// Checks the Standard Webhooks signature as a receiver would: any one signature of the list made with
    /// <paramref name="secret"/> will do (the .NET package's Verify reads only the first, so each is given to
    /// it alone); throws when none matches.
    /// </summary>
    public static JsonElement Verified(ReceivedWebhook webhook, string secret)
    {
        var failures = new List<Exception>();
        foreach (var signature in webhook.Headers["webhook-signature"].Split(' '))
        {
            var headers = new HeaderDictionary(webhook.Headers.ToDictionary(h => h.Key, h => new StringValues(h.Value))) { ["webhook-signature"] = signature };
            try
            {
                new StandardWebhook(secret).Verify(webhook.Body, headers);
                return JsonDocument.Parse(webhook.Body).RootElement.Clone();
            }
            catch (WebhookVerificationException exception)
            {
                failures.Add(exception);
            }
        }

        throw new AggregateException("No signature of the delivery was made with this secret.", failures);
    }

    public static string TypeOf(ReceivedWebhook webhook) => JsonDocument.Parse(webhook.Body).RootElement.GetProperty("type").GetString()!;
}
