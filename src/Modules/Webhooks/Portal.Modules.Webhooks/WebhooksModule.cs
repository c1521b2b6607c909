using Hangfire;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Portal.BuildingBlocks.Infrastructure;
using Portal.Modules.Webhooks.Application.Endpoints;
using Portal.Modules.Webhooks.Application.Publishing;
using Portal.Modules.Webhooks.Contracts;
using Portal.Modules.Webhooks.Endpoints;
using Portal.Modules.Webhooks.Infrastructure.Delivery;
using Portal.Modules.Webhooks.Infrastructure.Persistence;
using Portal.Modules.Webhooks.Infrastructure.Retention;
using Portal.Modules.Webhooks.Infrastructure.Security;

namespace Portal.Modules.Webhooks;

/// <summary>Merchants' webhook endpoints, and the signed, retried delivery of the other modules' events to them (ADR 0024).</summary>
public static class WebhooksModule
{
    public static IServiceCollection AddWebhooksModule(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddPortalModule<WebhooksDbContext>("Webhooks", WebhooksDbContext.SchemaName, typeof(WebhooksModule).Assembly, WebhooksContracts.Assembly);
        services.AddScoped<IWebhooksDbContext>(sp => sp.GetRequiredService<WebhooksDbContext>());
        services.AddOptions<WebhooksOptions>()
            .Bind(configuration.GetSection(WebhooksOptions.SectionName))
            .Validate(o => o.ClaimLease >= o.Timeout + TimeSpan.FromSeconds(30), "Webhooks:ClaimLease must be at least Webhooks:Timeout and 30 s more.")
            .ValidateOnStart();
        services.AddSingleton<IWebhookSecrets, DataProtectionWebhookSecrets>();
        services.AddSingleton<IWebhookBodies, DataProtectionWebhookBodies>();
        services.AddSingleton<WebhookAddressGuard>();
        services.AddSingleton<IWebhookAddressGuard>(sp => sp.GetRequiredService<WebhookAddressGuard>());
        services.AddSingleton<WebhookSender>();
        services.AddSingleton<EndpointGates>();
        services.AddSingleton<DeliveryRuns>();
        services.AddScoped<WebhookEndpointFinder>();
        services.AddScoped<WebhookPublisher>();
        services.AddScoped<IDeliveryTrigger, HangfireDeliveryTrigger>();
        services.AddScoped<DeliverWebhooksJob>();
        services.AddScoped<EndpointDisabledNotice>();
        services.AddScoped<PurgeWebhookMessagesJob>();
        services.AddOptions<WebhookRetentionOptions>()
            .BindConfiguration(WebhookRetentionOptions.Section)
            .Validate(
                retention => retention.WebhookMessagesAge >= TimeSpan.Zero && retention.BatchSize > 0,
                "Retention:WebhookMessagesAge must not be negative and Retention:BatchSize must be above zero.")
            .ValidateOnStart();
        return services;
    }

    public static IEndpointRouteBuilder MapWebhooksEndpoints(this IEndpointRouteBuilder app)
    {
        WebhooksEndpoints.Map(app);
        return app;
    }

    /// <summary>
    /// The sweep, every minute: deliveries whose wake-up was lost (a crash after a commit) or whose retry is due;
    /// and, hourly at :50, the purge of old messages.
    /// </summary>
    public static void ScheduleWebhooksJobs(this IRecurringJobManager jobs)
    {
        jobs.AddOrUpdate<DeliverWebhooksJob>(DeliverWebhooksJob.Id, job => job.RunAsync(CancellationToken.None), Cron.Minutely());
        jobs.AddOrUpdate<PurgeWebhookMessagesJob>(PurgeWebhookMessagesJob.Id, job => job.RunAsync(CancellationToken.None), Cron.Hourly(50));
    }
}
