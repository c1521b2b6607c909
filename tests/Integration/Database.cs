using Npgsql;
using Portal.Tests.Support;

namespace Portal.Tests.Integration;

/// <summary>Reads the database directly, to assert what was (or was not) written.</summary>
internal static class Database
{
    public static async Task<T> ScalarAsync<T>(PortalFactory factory, string sql)
    {
        await using var connection = new NpgsqlConnection(factory.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (T)(await command.ExecuteScalarAsync())!;
    }

    public static async Task ExecuteAsync(PortalFactory factory, string sql)
    {
        await using var connection = new NpgsqlConnection(factory.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
