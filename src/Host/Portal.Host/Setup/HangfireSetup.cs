using Hangfire;
using Hangfire.AspNetCore;
using Hangfire.Dashboard;
using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;
using Microsoft.AspNetCore.Authentication;
using Portal.BuildingBlocks.Infrastructure;

namespace Portal.Host.Setup;

/// <summary>
/// Hangfire on PostgreSQL (schema <c>hangfire</c>). The storage is built here and handed to every
/// Hangfire service through DI, never through the static JobStorage.Current, so two hosts in one
/// process (the tests) each keep to their own database.
/// </summary>
internal static class HangfireSetup
{
    public const string DashboardPath = "/admin/jobs";

    public static IServiceCollection AddPortalJobs(this IServiceCollection services, IConfiguration configuration)
    {
        var storageOptions = new PostgreSqlStorageOptions
        {
            SchemaName = "hangfire",
            PrepareSchemaIfNecessary = true,
            QueuePollInterval = TimeSpan.FromSeconds(1),
        };
        var connectionString = configuration.GetConnectionString(PortalServiceCollectionExtensions.ConnectionStringName)!;
        var storage = new PostgreSqlStorage(new NpgsqlConnectionFactory(connectionString, storageOptions), storageOptions);

        services.AddHangfire((sp, c) => c
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings()
            .UseLogProvider(new AspNetCoreLogProvider(new DisposalTolerantLoggerFactory(sp.GetRequiredService<ILoggerFactory>()))));
        services.AddSingleton<JobStorage>(storage);
        services.AddSingleton<IBackgroundJobClient>(sp => new BackgroundJobClient(sp.GetRequiredService<JobStorage>()));
        services.AddSingleton<IRecurringJobManager>(sp => new RecurringJobManager(sp.GetRequiredService<JobStorage>()));

        if (configuration.GetValue("Jobs:RunServer", defaultValue: true))
        {
            services.AddHangfireServer(
                (_, options) =>
                {
                    options.WorkerCount = configuration.GetValue("Jobs:WorkerCount", 2);
                    options.SchedulePollingInterval = TimeSpan.FromSeconds(1);
                },
                storage);
        }

        return services;
    }

    public static IApplicationBuilder UsePortalJobsDashboard(this WebApplication app)
    {
        // Someone not signed in as a merchant is sent to the sign-in page rather than shown a bare 401.
        app.UseWhen(
            context => context.Request.Path.StartsWithSegments(DashboardPath),
            dashboard => dashboard.Use(async (context, next) =>
            {
                if (!(await context.AuthenticateAsync(AuthenticationSetup.AdminScheme)).Succeeded)
                {
                    context.Response.Redirect($"{context.Request.PathBase}/admin/login?returnUrl={Uri.EscapeDataString(DashboardPath)}");
                    return;
                }

                await next(context);
            }));
        app.UseHangfireDashboard(
            DashboardPath,
            new DashboardOptions
            {
                Authorization = [],
                AsyncAuthorization = [new MerchantAdminDashboardAuthorization()],
                DashboardTitle = "Portal jobs",
                AppPath = "/admin",
            },
            app.Services.GetRequiredService<JobStorage>());
        return app;
    }

    /// <summary>Only a signed-in merchant admin sees jobs (their arguments name customers and events).</summary>
    private sealed class MerchantAdminDashboardAuthorization : IDashboardAsyncAuthorizationFilter
    {
        public async Task<bool> AuthorizeAsync(DashboardContext context)
        {
            var http = context.GetHttpContext();
            var result = await http.AuthenticateAsync(AuthenticationSetup.AdminScheme);
            return result.Succeeded;
        }
    }
}
