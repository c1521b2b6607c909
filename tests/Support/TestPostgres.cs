using Npgsql;

namespace Portal.Tests.Support;

/// <summary>
/// The one PostgreSQL server of a test run, started by scripts/test. Each test assembly migrates one
/// template database once; each test class gets its own clone of it (≈0.2 s) and so never sees another
/// class's rows.
/// </summary>
public static class TestPostgres
{
    public const string EnvironmentVariable = "PORTAL_TEST_POSTGRES";

    private static readonly Lazy<Task<string>> Template = new(CreateTemplateAsync);

    public static string ServerConnectionString =>
        Environment.GetEnvironmentVariable(EnvironmentVariable)
        ?? throw new InvalidOperationException(
            $"{EnvironmentVariable} is not set. Run the tests with scripts/test, which starts PostgreSQL for the run.");

    public static string ConnectionStringFor(string database) =>
        new NpgsqlConnectionStringBuilder(ServerConnectionString) { Database = database, MaxAutoPrepare = 20 }.ConnectionString;

    /// <summary>Creates a fresh, fully migrated database for one test class and returns its connection string.</summary>
    public static async Task<string> CloneTemplateAsync()
    {
        var template = await Template.Value;
        var database = "t_" + Guid.NewGuid().ToString("N")[..16];
        await ExecuteOnServerAsync($"CREATE DATABASE \"{database}\" TEMPLATE \"{template}\"");
        return ConnectionStringFor(database);
    }

    public static async Task DropAsync(string connectionString)
    {
        var database = new NpgsqlConnectionStringBuilder(connectionString).Database!;
        NpgsqlConnection.ClearAllPools();
        await ExecuteOnServerAsync($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)");
    }

    private static async Task<string> CreateTemplateAsync()
    {
        var template = "template_" + Guid.NewGuid().ToString("N")[..16];
        await ExecuteOnServerAsync($"CREATE DATABASE \"{template}\"");
        // Starting the host once applies every module's migrations and installs Hangfire's schema.
        await using (var factory = new PortalFactory(ConnectionStringFor(template)))
        {
            _ = factory.Services;
        }

        // CREATE DATABASE … TEMPLATE fails while anyone is connected to the template.
        NpgsqlConnection.ClearAllPools();
        return template;
    }

    private static async Task ExecuteOnServerAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionStringFor("postgres") + ";Pooling=false");
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
