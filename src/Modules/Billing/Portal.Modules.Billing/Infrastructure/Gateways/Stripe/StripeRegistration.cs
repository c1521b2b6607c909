using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Portal.Modules.Billing.Application.Webhooks;

namespace Portal.Modules.Billing.Infrastructure.Gateways.Stripe;

/// <summary>
/// Wires the Stripe adapter. It is always registered; whether a mode uses it depends on that mode's keys
/// (<see cref="PaymentGateways.ForNewCards"/>); every call is bounded by <see cref="PaymentsOptions.StripeTimeout"/>.
/// </summary>
internal static class StripeRegistration
{
    public static IServiceCollection AddStripeGateway(this IServiceCollection services)
    {
        services.AddHttpClient(StripeClients.HttpClientName, (sp, http) =>
            http.Timeout = sp.GetRequiredService<IOptions<PaymentsOptions>>().Value.StripeTimeout);
        services.AddSingleton<StripeClients>();
        services.AddSingleton<IPaymentGateway, StripeGateway>();
        services.AddSingleton<IStripeCardSetup, StripeCardSetup>();
        services.AddSingleton<IStripeWebhookVerifier, StripeWebhookVerifier>();
        return services;
    }
}
