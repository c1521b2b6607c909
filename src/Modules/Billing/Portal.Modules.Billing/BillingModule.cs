using Microsoft.Extensions.DependencyInjection;
using Portal.BuildingBlocks.Infrastructure;
using Portal.Modules.Billing.Application.Abstractions;
using Portal.Modules.Billing.Contracts;
using Portal.Modules.Billing.Infrastructure.Persistence;

namespace Portal.Modules.Billing;

/// <summary>Payment methods, payments, dues, invoices and their PDFs, and the payment gateways.</summary>
public static class BillingModule
{
    public static IServiceCollection AddBillingModule(this IServiceCollection services)
    {
        services.AddPortalModule<BillingDbContext>("Billing", BillingDbContext.SchemaName, typeof(BillingModule).Assembly, BillingContracts.Assembly);
        services.AddScoped<IBillingDbContext>(sp => sp.GetRequiredService<BillingDbContext>());
        return services;
    }
}
