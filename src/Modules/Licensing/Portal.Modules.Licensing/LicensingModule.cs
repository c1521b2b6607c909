using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Portal.BuildingBlocks.Infrastructure;
using Portal.Modules.Licensing.Application.Activations;
using Portal.Modules.Licensing.Application.LicenseFiles;
using Portal.Modules.Licensing.Contracts;
using Portal.Modules.Licensing.Endpoints;
using Portal.Modules.Licensing.Infrastructure.Persistence;
using Portal.Modules.Licensing.Infrastructure.RateLimits;
using Portal.Modules.Licensing.Infrastructure.Security;

namespace Portal.Modules.Licensing;

/// <summary>License keys, their activations and instances, and offline-verifiable license files.</summary>
public static class LicensingModule
{
    public static IServiceCollection AddLicensingModule(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddPortalModule<LicensingDbContext>("Licensing", LicensingDbContext.SchemaName, typeof(LicensingModule).Assembly, LicensingContracts.Assembly);
        services.AddScoped<ILicensingDbContext>(sp => sp.GetRequiredService<LicensingDbContext>());
        services.AddSingleton<ILicenseKeyVault, DataProtectionLicenseKeyVault>();
        services.AddScoped<LicenseKeyMapping>();
        services.AddScoped<LicenseKeyFinder>();
        services.AddScoped<InstanceRemoval>();
        services.AddScoped<LicenseSigningKeys>();
        services.AddScoped<LicenseFileSigner>();
        services.Configure<LicenseRateLimitOptions>(configuration.GetSection(LicenseRateLimitOptions.SectionName));
        services.AddSingleton<LicenseRateLimiter>();
        return services;
    }

    public static IEndpointRouteBuilder MapLicensingEndpoints(this IEndpointRouteBuilder app)
    {
        LicensePublicKeyEndpoints.Map(app);
        LicensesEndpoints.Map(app);
        LicenseKeysEndpoints.Map(app);
        LicenseKeyInstancesEndpoints.Map(app);
        return app;
    }
}
