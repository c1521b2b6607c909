using Hangfire;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Portal.BuildingBlocks.Infrastructure;
using Portal.BuildingBlocks.Web;
using Portal.Modules.Identity.Application.Maintenance.PurgeExpiredAccess;
using Portal.Modules.Identity.Application.MerchantUsers;
using Portal.Modules.Identity.Application.PortalSessions;
using Portal.Modules.Identity.Contracts;
using Portal.Modules.Identity.Endpoints;
using Portal.Modules.Identity.Infrastructure.ApiKeys;
using Portal.Modules.Identity.Infrastructure.Jobs;
using Portal.Modules.Identity.Infrastructure.Persistence;
using Portal.Modules.Identity.Infrastructure.RateLimits;

namespace Portal.Modules.Identity;

/// <summary>Businesses, merchant users, API keys, customers and their access to the portal.</summary>
public static class IdentityModule
{
    public static IServiceCollection AddIdentityModule(this IServiceCollection services)
    {
        services.AddPortalModule<IdentityDbContext>(
            "Identity", IdentityDbContext.SchemaName, typeof(IdentityModule).Assembly, IdentityContracts.Assembly);
        services.AddScoped<IIdentityDbContext>(sp => sp.GetRequiredService<IdentityDbContext>());
        services.AddScoped<StaffSignIn>();
        services.AddScoped<StaffAccounts>();
        services.AddScoped<Team>();
        services.AddScoped<TeamInvitations>();
        services.AddScoped<IRateLimiter, PostgresRateLimiter>();
        services.AddScoped<SignInLinkRequests>();
        services.AddScoped<PurgeExpiredAccessJob>();
        services.AddOptions<AccessRetentionOptions>()
            .BindConfiguration(AccessRetentionOptions.Section)
            .Validate(
                retention => retention.EndedSessionsAge >= TimeSpan.Zero && retention.ExpiredSignInLinksAge >= TimeSpan.Zero && retention.BatchSize > 0,
                "Retention:EndedSessionsAge and Retention:ExpiredSignInLinksAge must not be negative and Retention:BatchSize must be above zero.")
            .ValidateOnStart();
        services.AddAuthentication()
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(PortalAuth.ApiKeyScheme, configureOptions: null);
        return services;
    }

    /// <summary>Recurring jobs, registered through DI (never Hangfire's static API).</summary>
    public static void ScheduleIdentityJobs(this IRecurringJobManager jobs) =>
        jobs.AddOrUpdate<PurgeExpiredAccessJob>(PurgeExpiredAccessJob.Id, job => job.RunAsync(CancellationToken.None), Cron.Hourly());

    public static IEndpointRouteBuilder MapIdentityEndpoints(this IEndpointRouteBuilder app)
    {
        CustomersEndpoints.Map(app);
        return app;
    }
}
