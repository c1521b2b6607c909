using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.Extensions.Options;
using StandardWebhooks;

namespace Portal.Modules.Webhooks.Infrastructure.Delivery;

/// <summary>
/// Posts one message to one endpoint, signed the Standard Webhooks way with the <c>StandardWebhooks</c>
/// library (ADR 0024): the endpoint's custom headers first, then <c>webhook-id</c>, <c>webhook-timestamp</c>
/// and <c>webhook-signature</c>, which no custom header can replace. Redirects are not followed.
/// </summary>
internal sealed class WebhookSender : IDisposable
{
    private readonly HttpClient _client;
    public WebhookSender(WebhookAddressGuard guard, IOptions<WebhooksOptions> options)
    {
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            ConnectCallback = guard.ConnectAsync,
            PooledConnectionLifetime = TimeSpan.FromMinutes(2),
            UseCookies = false,
        };
        _client = new HttpClient(handler) { Timeout = options.Value.Timeout <= TimeSpan.FromSeconds(15) ? options.Value.Timeout : TimeSpan.FromSeconds(15) };
        _client.DefaultRequestHeaders.UserAgent.Add(new ProductInfoHeaderValue("Portal-Webhooks", "1.0"));
    }

    /// <summary>The endpoint's answer: its status code, or null and why when there was none.</summary>
    public async Task<(int? StatusCode, TimeSpan Duration, string? Error)> SendAsync(DeliveryTarget target, string messageId, string body, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var endpoint = target.Endpoint;
        try
        {
            WebhookAddressGuard.CheckShape(endpoint.Url, endpoint.Mode);
            using var request = new HttpRequestMessage(HttpMethod.Post, endpoint.Url) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
            foreach (var (name, value) in endpoint.Headers)
            {
                request.Headers.TryAddWithoutValidation(name, value);
            }

            // The receiver checks the timestamp against its own clock, so it is the wall clock's, not the platform's.
            var sentAt = DateTimeOffset.UtcNow;
            request.Headers.Add("webhook-id", messageId);
            request.Headers.Add("webhook-timestamp", sentAt.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture));
            // After a roll, both secrets sign for a day: receivers accept any one signature of the list.
            request.Headers.Add("webhook-signature", string.Join(' ', target.Signers.Select(signer => signer.Sign(messageId, sentAt, body))));
            using var response = await _client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            var statusCode = (int)response.StatusCode;
            return (statusCode, Stopwatch.GetElapsedTime(started), statusCode is >= 300 and < 400 ? "Redirects are not followed." : null);
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException or DomainException && !cancellationToken.IsCancellationRequested)
        {
            return (null, Stopwatch.GetElapsedTime(started), exception is TaskCanceledException ? "The endpoint did not answer in time." : exception.Message);
        }
    }

    public void Dispose() => _client.Dispose();
}
