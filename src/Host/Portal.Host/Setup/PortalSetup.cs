using System.Text.Encodings.Web;
using Hangfire;
using System.Text.Json;
using System.Text.Unicode;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.Localization;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Portal.BuildingBlocks.Infrastructure;
using Portal.BuildingBlocks.Infrastructure.Modules;
using Portal.BuildingBlocks.Infrastructure.Outbox;
using Portal.BuildingBlocks.Infrastructure.Persistence;
using Portal.Host.Demo;
using Portal.Host.Email;
using Portal.Host.Errors;
using Portal.Host.Persistence;
using Portal.Modules.Billing;
using Portal.Modules.Identity;
using Portal.Modules.Licensing;
using Portal.Modules.Webhooks;
using Portal.Modules.Subscriptions;

namespace Portal.Host.Setup;

/// <summary>The composition root: what the host is made of, what it does before serving, and its pipeline.</summary>
internal static class PortalSetup
{
    public static void AddPortal(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var configuration = builder.Configuration;
        DemoData.RefuseOutsideDevelopment(builder.Environment, configuration);
        if (!builder.Environment.IsDevelopment())
        {
            builder.Logging.ClearProviders().AddJsonConsole();
        }

        services.AddPortalBuildingBlocks(configuration);
        services.AddPortalForwardedHeaders(configuration);
        services.AddSingleton<PortalLinks>();
        services.AddSingleton<IPortalLinks>(sp => sp.GetRequiredService<PortalLinks>());
        services.AddIdentityModule().AddBillingModule(configuration).AddSubscriptionsModule(configuration).AddLicensingModule(configuration).AddWebhooksModule(configuration);

        services.AddDbContext<HostDbContext>((sp, options) =>
            PortalServiceCollectionExtensions.UsePortalPostgres(options, sp.GetRequiredService<NpgsqlDataSource>(), HostDbContext.SchemaName));
        services.AddSingleton<KeyEncryptionKey>();
        services.AddDataProtection().SetApplicationName("Portal").PersistKeysToDbContext<HostDbContext>();
        services.AddOptions<KeyManagementOptions>()
            .Configure<KeyEncryptionKey>((options, key) => options.XmlEncryptor = new AesGcmXmlEncryptor(key));

        services.AddDevMailboxUnlessSmtp(configuration, builder.Environment);
        services.AddPortalAuthentication(builder.Environment);
        services.AddPortalJobs(configuration);

        // Pages are in Italian too: emit accented letters as they are, not as &#xE0; entities.
        services.AddWebEncoders(options => options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.AddLocalization(options => options.ResourcesPath = "Resources");
        services.AddTransient(typeof(IStringLocalizer<>), typeof(PolishedStringLocalizer<>));
        services.Configure<RequestLocalizationOptions>(options =>
        {
            options.SetDefaultCulture(Languages.Default).AddSupportedCultures([.. Languages.Supported]).AddSupportedUICultures([.. Languages.Supported]);
            options.RequestCultureProviders = [new CookieRequestCultureProvider(), new AcceptLanguageHeaderRequestCultureProvider()];
        });
        services.AddRazorPages(options =>
        {
            options.Conventions.AuthorizeFolder("/Portal", AuthenticationSetup.CustomerPolicy);
            options.Conventions.AddFolderApplicationModelConvention("/Portal", page => page.Filters.Add(new NoStoreFilter()));
            options.Conventions.AuthorizeFolder("/Admin", AuthenticationSetup.MerchantPolicy);
            options.Conventions.AllowAnonymousToPage("/Admin/Login");
            options.Conventions.AuthorizeFolder("/Ops", AuthenticationSetup.OperatorPolicy);
            options.Conventions.AllowAnonymousToPage("/Ops/Login");
            AuditTrailFilter.AddTo(options.Conventions, "/Admin", "/Ops");
        }).AddViewLocalization();

        services.Configure<Microsoft.AspNetCore.Http.Json.JsonOptions>(options =>
        {
            options.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower;
            options.SerializerOptions.DictionaryKeyPolicy = null;
        });
        services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        services.AddExceptionHandler<PortalExceptionHandler>();
        services.AddOpenApi();
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database", tags: ["ready"]);
        services.AddScoped<AuditTrailFilter>();
        services.AddScoped<DemoData>();
        services.AddScoped<DemoLicenses>();
        if (configuration.GetValue("Demo:Seed", defaultValue: false))
        {
            services.AddHostedService<DemoLicenseActivation>();
        }
    }

    /// <summary>Migrations first, then demo data when asked for: the host serves only a ready database.</summary>
    public static async Task PreparePortalAsync(this WebApplication app)
    {
        await ModuleMigrations.ApplyAsync(app.Services);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<HostDbContext>().Database.MigrateAsync();
        }

        var recurringJobs = app.Services.GetRequiredService<IRecurringJobManager>();
        recurringJobs.ScheduleIdentityJobs();
        recurringJobs.ScheduleBillingJobs();
        recurringJobs.ScheduleWebhooksJobs();
        recurringJobs.ScheduleSubscriptionsJobs(app.Configuration);
        recurringJobs.SchedulePurgeOfDispatchedMessages(app.Services.GetRequiredService<ModuleCatalog>());

        if (app.Configuration.GetValue("Demo:Seed", defaultValue: false))
        {
            await using var scope = app.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<DemoData>().SeedAsync(CancellationToken.None);
        }
    }

    public static void UsePortal(this WebApplication app)
    {
        app.UsePortalForwardedHeaders();
        app.UseModes();
        app.UseSecurityHeaders();
        app.UseExceptionHandler("/error");
        app.UseStatusCodes();
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        app.UseStaticFiles();
        app.UseRequestLocalization();
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UsePortalJobsDashboard();

        app.MapRazorPages();
        app.MapIdentityEndpoints();
        app.MapBillingEndpoints();
        app.MapSubscriptionsEndpoints();
        app.MapLicensingEndpoints();
        app.MapWebhooksEndpoints();
        app.MapLanguageSwitch();
        app.MapOpenApi("/openapi/{documentName}.json");
        app.MapHealthChecks("/health/live", new() { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new() { Predicate = check => check.Tags.Contains("ready") });
    }
}
