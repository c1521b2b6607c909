using Hangfire;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Portal.BuildingBlocks.Infrastructure;
using Portal.Modules.Subscriptions.Application.Abstractions;
using Portal.Modules.Subscriptions.Application.ProductCollections;
using Portal.Modules.Subscriptions.Contracts;
using Portal.Modules.Subscriptions.Endpoints;
using Portal.Modules.Subscriptions.Infrastructure.Persistence;

namespace Portal.Modules.Subscriptions;

/// <summary>Products, collections, subscriptions, renewals, dues collection and plan changes.</summary>
public static class SubscriptionsModule
{
    public static IServiceCollection AddSubscriptionsModule(this IServiceCollection services)
    {
        services.AddPortalModule<SubscriptionsDbContext>("Subscriptions", SubscriptionsDbContext.SchemaName, typeof(SubscriptionsModule).Assembly, SubscriptionsContracts.Assembly);
        services.AddScoped<ISubscriptionsDbContext>(sp => sp.GetRequiredService<SubscriptionsDbContext>());
        services.AddScoped<ProductCollectionReader>();
        return services;
    }

    public static void ScheduleSubscriptionsJobs(this IRecurringJobManager jobs, IConfiguration configuration)
    {
    }

    public static IEndpointRouteBuilder MapSubscriptionsEndpoints(this IEndpointRouteBuilder app)
    {
        ProductsEndpoints.Map(app);
        ProductCollectionsEndpoints.Map(app);
        SubscriptionsEndpoints.Map(app);
        return app;
    }
}
