using Hangfire;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Portal.BuildingBlocks.Infrastructure;
using Portal.Modules.Subscriptions.Application.Abstractions;
using Portal.Modules.Subscriptions.Application.PlanChanges;
using Portal.Modules.Subscriptions.Application.ProductCollections;
using Portal.Modules.Subscriptions.Application.Subscriptions;
using Portal.Modules.Subscriptions.Application.Subscriptions.SettlePayments;
using Portal.Modules.Subscriptions.Infrastructure.Jobs;
using Portal.Modules.Subscriptions.Contracts;
using Portal.Modules.Subscriptions.Endpoints;
using Portal.Modules.Subscriptions.Infrastructure.Persistence;

namespace Portal.Modules.Subscriptions;

/// <summary>Products, collections, subscriptions, renewals, dues collection and plan changes.</summary>
public static class SubscriptionsModule
{
    public static IServiceCollection AddSubscriptionsModule(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddPortalModule<SubscriptionsDbContext>("Subscriptions", SubscriptionsDbContext.SchemaName, typeof(SubscriptionsModule).Assembly, SubscriptionsContracts.Assembly);
        services.AddScoped<ISubscriptionsDbContext>(sp => sp.GetRequiredService<SubscriptionsDbContext>());
        services.Configure<SubscriptionsOptions>(configuration.GetSection(SubscriptionsOptions.SectionName));
        services.AddScoped<ProductCollectionReader>();
        services.AddScoped<SubscriptionReader>();
        services.AddScoped<LockedSubscription>();
        services.AddScoped<SubscriptionBiller>();
        services.AddScoped<DueSubscriptionsRunner>();
        services.AddScoped<LatePaymentOutcome>();
        services.AddScoped<PlanChangePlanner>();
        services.AddScoped<PendingPlanChangeSettlement>();
        return services;
    }

    public static void ScheduleSubscriptionsJobs(this IRecurringJobManager jobs, IConfiguration configuration)
    {
        jobs.AddOrUpdate<RenewSubscriptionsJob>(
            RenewSubscriptionsJob.Id, job => job.RunAsync(CancellationToken.None), configuration["Subscriptions:RenewalCron"] ?? "*/10 * * * *");
        jobs.AddOrUpdate<CollectDuesJob>(
            CollectDuesJob.Id, job => job.RunAsync(CancellationToken.None), configuration["Subscriptions:DuesCollectionCron"] ?? "15 * * * *");
        jobs.AddOrUpdate<RemindUpcomingRenewalsJob>(
            RemindUpcomingRenewalsJob.Id, job => job.RunAsync(CancellationToken.None), configuration["Subscriptions:RenewalReminderCron"] ?? "0 8 * * *");
        jobs.AddOrUpdate<RemindExpiringCardsJob>(
            RemindExpiringCardsJob.Id, job => job.RunAsync(CancellationToken.None), configuration["Subscriptions:CardExpiryReminderCron"] ?? "30 8 * * *");
    }

    public static IEndpointRouteBuilder MapSubscriptionsEndpoints(this IEndpointRouteBuilder app)
    {
        ProductsEndpoints.Map(app);
        ProductCollectionsEndpoints.Map(app);
        SubscriptionsEndpoints.Map(app);
        SubscriptionPlanEndpoints.Map(app);
        return app;
    }
}
