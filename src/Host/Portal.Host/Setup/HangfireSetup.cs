using Hangfire;
using Hangfire.AspNetCore;
using Hangfire.Dashboard;
using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;
using Portal.BuildingBlocks.Infrastructure;

namespace Portal.Host.Setup;

/// <summary>
/// Hangfire on PostgreSQL (schema <c>hangfire</c>). The storage is built here and handed to every
/// Hangfire service through DI, never through the static JobStorage.Current, so two hosts in one
/// process (the tests) each keep to their own database.
/// </summary>
internal static class HangfireSetup
{
    public const string DashboardPath = "/ops/jobs";

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
                    // Jobs mostly wait on PostgreSQL and on HTTP: with 2 workers the job rate was capped at 2 over a job's
                    // latency, and webhooks backed up behind the inbox jobs (docs/performance.md, "Webhook delivery").
                    options.WorkerCount = configuration.GetValue("Jobs:WorkerCount", 8);
                    options.SchedulePollingInterval = TimeSpan.FromSeconds(1);
                },
                storage);
        }

        return services;
    }

    /// <summary>
    /// The jobs dashboard, for platform operators only: its jobs' arguments belong to every business, and it can
    /// trigger, requeue and delete them. Anyone else, merchants included, gets 404 on every one of its
    /// routes. Operators without the permission to manage jobs see it read-only.
    /// </summary>
    public static IApplicationBuilder UsePortalJobsDashboard(this WebApplication app)
    {
        app.UseWhen(
            context => context.Request.Path.StartsWithSegments(DashboardPath),
            dashboard => dashboard.Use(async (context, next) =>
            {
                var operatorSession = await context.AuthenticateAsync(AuthenticationSetup.OpsScheme);
                if (!operatorSession.Succeeded)
                {
                    context.Response.StatusCode = StatusCodes.Status404NotFound;
                    return;
                }

                // The dashboard reads every POST as a form: anything else is refused here rather than failing there.
                if (HttpMethods.IsPost(context.Request.Method) && !context.Request.HasFormContentType)
                {
                    context.Response.StatusCode = StatusCodes.Status415UnsupportedMediaType;
                    return;
                }

                context.User = operatorSession.Principal;
                await next(context);
            }));
        app.UseHangfireDashboard(
            DashboardPath,
            new DashboardOptions
            {
                Authorization = [],
                AsyncAuthorization = [new OperatorDashboardAuthorization()],
                IsReadOnlyFunc = context => !context.GetHttpContext().User.HasClaim(AuthenticationSetup.ManageJobsClaim, "true"),
                DashboardTitle = "Portal jobs",
                AppPath = "/ops",
            },
            app.Services.GetRequiredService<JobStorage>());
        return app;
    }

    /// <summary>Only a signed-in operator sees jobs; the middleware above has already sent everyone else away.</summary>
    private sealed class OperatorDashboardAuthorization : IDashboardAsyncAuthorizationFilter
    {
        public async Task<bool> AuthorizeAsync(DashboardContext context) =>
            (await context.GetHttpContext().AuthenticateAsync(AuthenticationSetup.OpsScheme)).Succeeded;
    }
}
