using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Portal.BuildingBlocks.Infrastructure;
using Portal.BuildingBlocks.Web;
using Portal.Modules.Identity.Application.Abstractions;
using Portal.Modules.Identity.Contracts;
using Portal.Modules.Identity.Domain.MerchantUsers;
using Portal.Modules.Identity.Endpoints;
using Portal.Modules.Identity.Infrastructure.ApiKeys;
using Portal.Modules.Identity.Infrastructure.Persistence;

namespace Portal.Modules.Identity;

/// <summary>Businesses, merchant users, API keys, customers and their access to the portal.</summary>
public static class IdentityModule
{
    public static IServiceCollection AddIdentityModule(this IServiceCollection services)
    {
        services.AddPortalModule<IdentityDbContext>(
            "Identity", IdentityDbContext.SchemaName, typeof(IdentityModule).Assembly, IdentityContracts.Assembly);
        services.AddScoped<IIdentityDbContext>(sp => sp.GetRequiredService<IdentityDbContext>());
        services.AddScoped<IPasswordHasher<MerchantUser>, PasswordHasher<MerchantUser>>();
        services.AddAuthentication()
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(PortalAuth.ApiKeyScheme, configureOptions: null);
        return services;
    }

    public static IEndpointRouteBuilder MapIdentityEndpoints(this IEndpointRouteBuilder app)
    {
        CustomersEndpoints.Map(app);
        return app;
    }
}
