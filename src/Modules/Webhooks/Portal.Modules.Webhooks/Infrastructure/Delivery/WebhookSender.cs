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
    private readonly IWebhookSecrets _secrets;
    private readonly IWebhookBodies _bodies;
    private readonly TimeProvider _time;

    public WebhookSender(WebhookAddressGuard guard, IWebhookSecrets secrets, IWebhookBodies bodies, IOptions<WebhooksOptions> options, TimeProvider time)
    {
        _secrets = secrets;
        _bodies = bodies;
        _time = time;
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
    public async Task<(int? StatusCode, TimeSpan Duration, string? Error)> SendAsync(WebhookEndpoint endpoint, WebhookMessage message, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            WebhookAddressGuard.CheckShape(endpoint.Url, endpoint.Mode);
            var body = _bodies.Open(message.SealedBody);
            using var request = new HttpRequestMessage(HttpMethod.Post, endpoint.Url) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
            foreach (var (name, value) in endpoint.Headers)
            {
                request.Headers.TryAddWithoutValidation(name, value);
            }

            // The receiver checks the timestamp against its own clock, so it is the wall clock's, not the platform's.
            var sentAt = DateTimeOffset.UtcNow;
            request.Headers.Add("webhook-id", message.Id);
            request.Headers.Add("webhook-timestamp", sentAt.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture));
            // After a roll, both secrets sign for a day: receivers accept any one signature of the list.
            var signatures = endpoint.SigningSecrets(_time.GetUtcNow()).Select(secret => new StandardWebhook(_secrets.Reveal(secret)).Sign(message.Id, sentAt, body));
            request.Headers.Add("webhook-signature", string.Join(' ', signatures));
            using var response = await _client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            return ((int)response.StatusCode, Stopwatch.GetElapsedTime(started), null);
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException or DomainException && !cancellationToken.IsCancellationRequested)
        {
            return (null, Stopwatch.GetElapsedTime(started), exception is TaskCanceledException ? "The endpoint did not answer in time." : exception.Message);
        }
    }

    public void Dispose() => _client.Dispose();
}
