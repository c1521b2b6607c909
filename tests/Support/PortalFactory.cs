using System.Net;
using System.Net.Sockets;
using Hangfire;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Npgsql;
using Portal.BuildingBlocks.Application.Messaging;
using Portal.BuildingBlocks.Infrastructure.Modules;
using Portal.BuildingBlocks.Infrastructure.Outbox;
using Respawn;

namespace Portal.Tests.Support;

/// <summary>
/// The real host on a real database, with its background loops off so tests decide when the outbox
/// is relayed and jobs run (<see cref="DrainAsync"/>), and with a clock tests can move.
/// </summary>
public sealed class PortalFactory : WebApplicationFactory<Program>
{
    private readonly string _connectionString;
    private readonly int? _kestrelPort;
    private readonly IReadOnlyDictionary<string, string> _settings;
    private readonly Action<IServiceCollection>? _services;
    private Respawner? _respawner;

    /// <param name="settings">Configuration the test needs beyond the defaults (an SMTP server, say).</param>
    /// <param name="services">Services the test adds to the host's (the bench's twin page, say).</param>
    public PortalFactory(
        string connectionString, bool useKestrel = false, IReadOnlyDictionary<string, string>? settings = null, Action<IServiceCollection>? services = null)
    {
        _connectionString = connectionString;
        _settings = settings ?? new Dictionary<string, string>();
        _services = services;
        if (useKestrel)
        {
            _kestrelPort = FreeLoopbackPort();
            UseKestrel(_kestrelPort.Value);
        }
    }

    public FakeTimeProvider Time { get; } = new(DateTimeOffset.UtcNow);

    public string ConnectionString => _connectionString;

    /// <summary>Where the host answers: the TestServer's address, or loopback when served by Kestrel.</summary>
    public Uri BaseAddress => _kestrelPort is { } port ? new Uri($"http://127.0.0.1:{port}") : new Uri("http://localhost");

    /// <summary>Sends one command or query in its own scope, as a request would.</summary>
    public async Task<TResult> SendAsync<TResult>(Func<ISender, Task<TResult>> send)
    {
        await using var scope = Services.CreateAsyncScope();
        return await send(scope.ServiceProvider.GetRequiredService<ISender>());
    }

    /// <summary>
    /// Relays every outbox and runs every enqueued job, again and again until nothing is left, so a
    /// test sees all the consequences of what it did without sleeping or polling.
    /// </summary>
    public async Task DrainAsync()
    {
        var relay = Services.GetRequiredService<OutboxRelay>();
        var jobs = new EnqueuedJobRunner(Services, Services.GetRequiredService<JobStorage>());
        for (var round = 0; round < 100; round++)
        {
            var dispatched = await relay.DispatchPendingAsync(CancellationToken.None);
            var performed = await jobs.RunAllAsync();
            if (dispatched == 0 && performed == 0)
            {
                return;
            }
        }

        throw new InvalidOperationException("The outbox and job queue did not settle after 100 rounds: something keeps producing work.");
    }

    /// <summary>Empties every table the modules, the host and Hangfire write, keeping schemas, migrations and keys.</summary>
    public async Task ResetDatabaseAsync()
    {
        await using var connection = new NpgsqlConnection(_connectionString);
        await connection.OpenAsync();
        _respawner ??= await Respawner.CreateAsync(connection, new RespawnerOptions
        {
            DbAdapter = DbAdapter.Postgres,
            // Every module's schema, as the host registers them, so a new module's tables are emptied too.
            SchemasToInclude = [.. Services.GetRequiredService<ModuleCatalog>().Modules.Select(m => m.Schema), "hangfire", "host"],
            TablesToIgnore =
            [
                "__ef_migrations_history",
                new Respawn.Graph.Table("hangfire", "schema"),
                // The key ring stays: the host holds it in memory, and the keys are not test data.
                new Respawn.Graph.Table("host", "data_protection_keys"),
                // Append-only (its trigger refuses deletes): tests read it by their own new business.
                new Respawn.Graph.Table("identity", "audit_entries"),
            ],
        });
        await _respawner.ResetAsync(connection);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:Portal", _connectionString);
        builder.UseSetting("Jobs:RunServer", "false");
        builder.UseSetting("Outbox:RelayInBackground", "false");
        builder.UseSetting("Demo:Seed", "false");
        builder.UseSetting("Webhooks:AllowPrivateNetworks", "true");
        // A fixed test key: the template database's key ring, cloned into every test database, was encrypted with it.
        builder.UseSetting("DataProtection:KeyEncryptionKey", "dGVzdC1vbmx5LWtleS1lbmNyeXB0aW9uLWtleS0zMmI=");
        builder.UseSetting("Portal:LiveBaseUrl", BaseAddress.AbsoluteUri);
        builder.UseSetting("Portal:TestBaseUrl", BaseAddress.AbsoluteUri + "test");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureServices(services =>
        {
            services.AddSingleton<TimeProvider>(Time);
            services.AddTransient<IStartupFilter, TestPeerAddress>();
            _services?.Invoke(services);
        });
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
