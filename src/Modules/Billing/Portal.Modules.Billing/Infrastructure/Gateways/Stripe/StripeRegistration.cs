using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Portal.Modules.Billing.Application.Gateways;
using Portal.Modules.Billing.Application.Webhooks;

namespace Portal.Modules.Billing.Infrastructure.Gateways.Stripe;

/// <summary>
/// Wires the Stripe adapter. It is always registered; whether a mode uses it depends on that mode's keys
/// (<see cref="PaymentGateways.ForNewCards"/>). <c>Payments:StripeTimeout</c> bounds a call to Stripe
/// (20 s by default): past it the outcome is unknown and the payment stays processing.
/// </summary>
internal static class StripeRegistration
{
    public static IServiceCollection AddStripeGateway(this IServiceCollection services)
    {
        services.AddHttpClient(StripeClients.HttpClientName, (sp, http) =>
            http.Timeout = sp.GetRequiredService<IConfiguration>().GetValue($"{PaymentsOptions.SectionName}:StripeTimeout", TimeSpan.FromSeconds(20)));
        services.AddSingleton<StripeClients>();
        services.AddSingleton<IPaymentGateway, StripeGateway>();
        services.AddSingleton<IStripeCardSetup, StripeCardSetup>();
        services.AddSingleton<IStripeWebhookVerifier, StripeWebhookVerifier>();
        return services;
    }
}
