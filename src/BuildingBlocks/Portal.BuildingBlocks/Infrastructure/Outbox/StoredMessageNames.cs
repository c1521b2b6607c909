namespace Portal.BuildingBlocks.Infrastructure.Outbox;

/// <summary>
/// SQL for a module's migration that renames what is stored under a message name (ADR 0021): its events in
/// its outbox and its handlers in its inbox, and both in the delivery jobs Hangfire still holds, whatever
/// their state (queued, awaiting a retry, or failed and waiting for a requeue from the dashboard). Each rename
/// is (from, to); a migration's Down passes its renames swapped. Hangfire's tables are left alone when they
/// do not exist yet.
/// </summary>
public static class StoredMessageNames
{
    // Where DeliverAsync's eventType and handler sit among a job's arguments, each stored as its JSON text. Hangfire's
    // PostgreSQL storage keeps them in job.arguments and a copy in invocationdata's "Arguments": both are renamed.
    private const int EventTypeArgument = 1;
    private const int HandlerArgument = 3;

    public static string RenameEvents(string schema, IReadOnlyList<(string From, string To)> renames) =>
        Rename(schema, "outbox_messages", "event_type", EventTypeArgument, renames);

    public static string RenameHandlers(string schema, IReadOnlyList<(string From, string To)> renames) =>
        Rename(schema, "inbox_messages", "handler", HandlerArgument, renames);

    /// <summary>The renames undone, for a migration's Down.</summary>
    public static IReadOnlyList<(string From, string To)> Reversed(IReadOnlyList<(string From, string To)> renames) =>
        [.. renames.Select(r => (r.To, r.From))];

    private static string Rename(string schema, string table, string column, int argument, IReadOnlyList<(string From, string To)> renames)
    {
        var values = string.Join(", ", renames.Select(r => $"({Literal(r.From)}, {Literal(r.To)})"));
        var deliveryJob = Literal(typeof(IntegrationEventDeliveryJob).FullName + ",%");
        return $$"""
            UPDATE "{{schema}}".{{table}} AS m SET {{column}} = r.name_to
            FROM (VALUES {{values}}) AS r (name_from, name_to)
            WHERE m.{{column}} = r.name_from;

            DO $rename$
            BEGIN
                IF to_regclass('hangfire.job') IS NOT NULL THEN
                    UPDATE hangfire.job AS j
                    SET arguments = renamed.arguments,
                        invocationdata = jsonb_set(j.invocationdata, '{Arguments}', to_jsonb(renamed.arguments::text), false)
                    FROM (
                        SELECT job.id, jsonb_set(job.arguments, '{{{argument}}}', to_jsonb(to_json(r.name_to)::text)) AS arguments
                        FROM hangfire.job AS job
                        JOIN (VALUES {{values}}) AS r (name_from, name_to) ON job.arguments ->> {{argument}} = to_json(r.name_from)::text
                        WHERE job.invocationdata ->> 'Type' LIKE {{deliveryJob}}
                    ) AS renamed
                    WHERE j.id = renamed.id;
                END IF;
            END $rename$;
            """;
    }

    private static string Literal(string value) => "'" + value.Replace("'", "''", StringComparison.Ordinal) + "'";
}
