using Microsoft.Extensions.Options;
using Stripe;

namespace Portal.Modules.Billing.Infrastructure.Gateways.Stripe;

/// <summary>
/// A Stripe client with the secret key of a mode, so test and live can never use each other's account.
/// The library's own network retries are off: a retry after an unknown outcome is ours, with the same
/// idempotency key, through the payment's settlement. One client per call keeps the HTTP handler
/// rotation of <see cref="IHttpClientFactory"/>.
/// </summary>
internal sealed class StripeClients(IOptions<PaymentsOptions> options, IHttpClientFactory httpClients)
{
    public const string HttpClientName = "Stripe";

    public StripeClient For(Mode mode)
    {
        var payments = options.Value;
        var keys = KeysOf(payments, mode)
            ?? throw new InvalidOperationException($"Stripe is not configured for {mode} mode (Payments:Stripe{mode}).");
        return new StripeClient(new StripeClientOptions
        {
            ApiKey = keys.SecretKey,
            ApiBase = string.IsNullOrEmpty(payments.StripeApiBase) ? StripeClient.DefaultApiBase : payments.StripeApiBase,
            HttpClient = new SystemNetHttpClient(httpClients.CreateClient(HttpClientName), maxNetworkRetries: 0),
        });
    }

    public StripeKeys? KeysOf(Mode mode) => KeysOf(options.Value, mode);

    private static StripeKeys? KeysOf(PaymentsOptions payments, Mode mode) =>
        mode == Mode.Live ? payments.StripeLive : payments.StripeTest;
}
