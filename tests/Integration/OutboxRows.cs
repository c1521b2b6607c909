using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;
using Portal.BuildingBlocks.Infrastructure.Outbox;
using Portal.Tests.Support;

namespace Portal.Tests.Integration;

/// <summary>A module's committed outbox rows, and the relayed events a delivery job gets for them, for tests that deliver by hand.</summary>
internal static class OutboxRows
{
    /// <summary>The rows of <paramref name="schema"/>'s outbox, oldest first; only those of <paramref name="eventType"/> when named.</summary>
    public static async Task<List<(Guid Id, string Type, string Payload)>> ReadAsync(PortalFactory factory, string schema, string? eventType = null)
    {
        await using var connection = new Npgsql.NpgsqlConnection(factory.ConnectionString);
        await connection.OpenAsync();
        // The schema is a constant of the calling test, never input.
        await using var command = new Npgsql.NpgsqlCommand(
            $"SELECT id, event_type, payload::text FROM {schema}.outbox_messages WHERE $1::text IS NULL OR event_type = $1 ORDER BY occurred_on_utc", connection);
        command.Parameters.Add(new Npgsql.NpgsqlParameter { Value = (object?)eventType ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Text });
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<(Guid, string, string)>();
        while (await reader.ReadAsync())
        {
            rows.Add((reader.GetGuid(0), reader.GetString(1), reader.GetString(2)));
        }

        return rows;
    }

    /// <summary>A row sealed as the relay seals it for its delivery job.</summary>
    public static RelayedEvent Relayed(PortalFactory factory, (Guid Id, string Type, string Payload) row) =>
        new(row.Id, factory.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector(IntegrationEventDeliveryJob.PayloadPurpose).Protect(row.Payload));
}
