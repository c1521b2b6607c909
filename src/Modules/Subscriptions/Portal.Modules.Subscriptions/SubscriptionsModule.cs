using Microsoft.Extensions.DependencyInjection;
using Portal.BuildingBlocks.Infrastructure;
using Portal.Modules.Subscriptions.Contracts;
using Portal.Modules.Subscriptions.Infrastructure.Persistence;

namespace Portal.Modules.Subscriptions;

/// <summary>Products, collections, subscriptions, renewals, dues collection and plan changes.</summary>
public static class SubscriptionsModule
{
    public static IServiceCollection AddSubscriptionsModule(this IServiceCollection services) =>
        services.AddPortalModule<SubscriptionsDbContext>("Subscriptions", SubscriptionsDbContext.SchemaName, typeof(SubscriptionsModule).Assembly, SubscriptionsContracts.Assembly);
}
