using MediatR;
using System.Data.Common;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Portal.BuildingBlocks.Application.Behaviors;
using Portal.BuildingBlocks.Application.Paging;
using Portal.BuildingBlocks.Infrastructure.Caching;
using Portal.BuildingBlocks.Infrastructure.Email;
using Portal.BuildingBlocks.Infrastructure.Messaging;
using Portal.BuildingBlocks.Infrastructure.Outbox;

namespace Portal.BuildingBlocks.Infrastructure;

/// <summary>Wires the shared plumbing once, and each module's DbContext, handlers and validators.</summary>
public static class PortalServiceCollectionExtensions
{
    public const string ConnectionStringName = "Portal";

    public static IServiceCollection AddPortalBuildingBlocks(this IServiceCollection services, IConfiguration configuration)
    {
        var connectionString = configuration.GetConnectionString(ConnectionStringName)
            ?? throw new InvalidOperationException($"ConnectionStrings:{ConnectionStringName} is not configured.");
        services.AddSingleton(_ => new NpgsqlDataSourceBuilder(WithPortalDefaults(connectionString)).Build());
        services.TryAddSingleton(TimeProvider.System);

        services.AddScoped<ServiceFactory>(sp => sp.GetService!);
        services.AddScoped<IMediator, Mediator>();
        services.AddScoped<ISender, MediatorSender>();
        // Registered one by one: the order here is the order of the pipeline, outermost first.
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(LoggingBehavior<,>));
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(ValidationBehavior<,>));
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(ReadCacheBehavior<,>));
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(UnitOfWorkBehavior<,>));
        // Every IPagedQuery's page bounds, from one rule; the container skips queries that are not paged.
        services.AddScoped(typeof(IValidator<>), typeof(PagedQueryValidator<>));
        services.AddScoped(typeof(IValidator<>), typeof(CreationBoundsValidator<>));
        services.AddScoped<IUnitOfWork, ModuleUnitOfWork>();
        services.AddScoped<AfterCommit>();
        services.AddScoped<DomainEventDispatcher>();

        var readCache = configuration.GetSection(ReadCacheOptions.Section);
        services.Configure<ReadCacheOptions>(readCache);
        services.AddSingleton<ReadCache>();
        services.AddSingleton<IReadCache>(sp => sp.GetRequiredService<ReadCache>());
        services.AddScoped<AnswerValidity>();
        services.AddScoped<IAnswerValidity>(sp => sp.GetRequiredService<AnswerValidity>());
        if (readCache.GetValue(nameof(ReadCacheOptions.Enabled), defaultValue: true))
        {
            services.AddSingleton(new ListenerConnection(connectionString));
            services.AddHostedService<ReadCacheListener>();
        }

        services.AddSingleton<ModuleCatalog>();
        services.AddSingleton(sp => new IntegrationEventSubscriptions(
            sp.GetServices<ModuleDescriptor>().SelectMany(m => m.Assemblies)));
        services.AddSingleton<OutboxSignal>();
        services.AddSingleton<OutboxRelay>();
        services.AddScoped<IntegrationEventDeliveryJob>();
        services.AddScoped<PurgeDispatchedMessagesJob>();
        services.AddOptions<RetentionOptions>()
            .Bind(configuration.GetSection(RetentionOptions.Section))
            .Validate(
                retention => retention.DispatchedMessagesAge >= TimeSpan.Zero && retention.BatchSize > 0,
                "Retention:DispatchedMessagesAge must not be negative and Retention:BatchSize must be above zero.")
            .ValidateOnStart();
        services.Configure<SmtpOptions>(configuration.GetSection(SmtpOptions.Section));
        services.AddScoped<IEmailQueue, ProtectedEmailQueue>();
        services.AddScoped<SendEmailJob>();
        if (!string.IsNullOrWhiteSpace(configuration[$"{SmtpOptions.Section}:Host"]))
        {
            services.AddScoped<IEmailTransport, SmtpEmailTransport>();
        }

        if (configuration.GetValue("Outbox:RelayInBackground", defaultValue: true))
        {
            services.AddHostedService<OutboxRelayService>();
        }

        return services;
    }

    /// <summary>
    /// Registers a module: its DbContext on its own schema and migrations history table, and every
    /// handler and validator in its assemblies (found with Scrutor, internal types included).
    /// </summary>
    public static IServiceCollection AddPortalModule<TDbContext>(
        this IServiceCollection services, string name, string schema, params Assembly[] assemblies)
        where TDbContext : ModuleDbContext
    {
        services.AddSingleton(new ModuleDescriptor(name, schema, typeof(TDbContext), assemblies));
        // The options are built once: built per scope, each context paid for a new options object, its
        // extensions' ordering and EF's lookup of the internal service provider matching them.
        services.AddDbContext<TDbContext>(
            (sp, options) => UsePortalPostgres(options, sp.GetRequiredService<NpgsqlDataSource>(), schema),
            contextLifetime: ServiceLifetime.Scoped,
            optionsLifetime: ServiceLifetime.Singleton);

        services.Scan(scan => scan
            .FromAssemblies(assemblies)
            .AddClasses(c => c.AssignableTo(typeof(IRequestHandler<,>)), publicOnly: false)
            .AsImplementedInterfaces()
            .WithScopedLifetime()
            .AddClasses(c => c.AssignableTo(typeof(IDomainEventHandler<>)), publicOnly: false)
            .AsImplementedInterfaces()
            .WithScopedLifetime()
            .AddClasses(c => c.AssignableTo(typeof(IIntegrationEventHandler<>)), publicOnly: false)
            .AsSelf()
            .WithScopedLifetime()
            .AddClasses(c => c.AssignableTo(typeof(IValidator<>)), publicOnly: false)
            .AsImplementedInterfaces()
            .WithScopedLifetime());
        return services;
    }

    /// <summary>
    /// What every page's cost depends on (docs/performance.md), unless the connection string says otherwise:
    /// statements used twice are prepared on each pooled connection (PostgreSQL then skips parsing and
    /// planning, over half of its work for a portal page), and a connection returned to the pool keeps them,
    /// because the <c>DISCARD ALL</c> Npgsql would otherwise send would also drop every prepared statement.
    /// Nothing here leaves session state behind: locks are transaction-scoped, settings are never changed.
    /// </summary>
    public static string WithPortalDefaults(string connectionString)
    {
        // Npgsql's own builder reports every keyword as present; the plain one sees only what was written.
        var written = new DbConnectionStringBuilder { ConnectionString = connectionString }.Keys.Cast<string>()
            .Select(key => key.Replace(" ", string.Empty, StringComparison.Ordinal).ToUpperInvariant())
            .ToHashSet();
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (!written.Contains("MAXAUTOPREPARE"))
        {
            builder.MaxAutoPrepare = 64;
        }

        if (!written.Contains("AUTOPREPAREMINUSAGES"))
        {
            builder.AutoPrepareMinUsages = 2;
        }

        if (!written.Contains("NORESETONCLOSE"))
        {
            builder.NoResetOnClose = true;
        }

        return builder.ConnectionString;
    }

    /// <summary>The one place that says how a module talks to PostgreSQL, at run time and design time.</summary>
    public static DbContextOptionsBuilder UsePortalPostgres(DbContextOptionsBuilder options, NpgsqlDataSource dataSource, string schema) =>
        options
            .UseNpgsql(dataSource, npgsql => npgsql.MigrationsHistoryTable("__ef_migrations_history", schema))
            .UseSnakeCaseNamingConvention();
}
