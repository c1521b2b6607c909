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
    // Where eventType and handler sit among a delivery job's arguments, each stored as its JSON text, told apart by
    // how many arguments the job has: DeliverAsync(eventType, handler, events, token), and the one-event jobs of the
    // relay before it, DeliverAsync(eventId, eventType, sealedPayload, handler, token). Hangfire's PostgreSQL storage
    // keeps the arguments in job.arguments and a copy in invocationdata's "Arguments": both are renamed.
    private static readonly (int Arguments, int Position)[] EventTypeArgument = [(4, 0), (5, 1)];
    private static readonly (int Arguments, int Position)[] HandlerArgument = [(4, 1), (5, 3)];

    public static string RenameEvents(string schema, IReadOnlyList<(string From, string To)> renames) =>
        Rename(schema, "outbox_messages", "event_type", EventTypeArgument, renames);

    public static string RenameHandlers(string schema, IReadOnlyList<(string From, string To)> renames) =>
        Rename(schema, "inbox_messages", "handler", HandlerArgument, renames);

    /// <summary>The renames undone, for a migration's Down.</summary>
    public static IReadOnlyList<(string From, string To)> Reversed(IReadOnlyList<(string From, string To)> renames) =>
        [.. renames.Select(r => (r.To, r.From))];

    private static string Rename(string schema, string table, string column, IReadOnlyList<(int Arguments, int Position)> shapes, IReadOnlyList<(string From, string To)> renames)
    {
        var values = string.Join(", ", renames.Select(r => $"({Literal(r.From)}, {Literal(r.To)})"));
        return $$"""
            UPDATE "{{schema}}".{{table}} AS m SET {{column}} = r.name_to
            FROM (VALUES {{values}}) AS r (name_from, name_to)
            WHERE m.{{column}} = r.name_from;

            DO $rename$
            BEGIN
                IF to_regclass('hangfire.job') IS NOT NULL THEN
            {{string.Join(Environment.NewLine, shapes.Select(shape => RenameInJobs(shape.Arguments, shape.Position, values)))}}
                END IF;
            END $rename$;
            """;
    }

    private static string RenameInJobs(int arguments, int argument, string values)
    {
        var deliveryJob = Literal(typeof(IntegrationEventDeliveryJob).FullName + ",%");
        return $$"""
                    UPDATE hangfire.job AS j
                    SET arguments = renamed.arguments,
                        invocationdata = jsonb_set(j.invocationdata, '{Arguments}', to_jsonb(renamed.arguments::text), false)
                    FROM (
                        SELECT job.id, jsonb_set(job.arguments, '{{{argument}}}', to_jsonb(to_json(r.name_to)::text)) AS arguments
                        FROM hangfire.job AS job
                        JOIN (VALUES {{values}}) AS r (name_from, name_to) ON job.arguments ->> {{argument}} = to_json(r.name_from)::text
                        WHERE job.invocationdata ->> 'Type' LIKE {{deliveryJob}} AND jsonb_array_length(job.arguments) = {{arguments}}
                    ) AS renamed
                    WHERE j.id = renamed.id;
            """;
    }

    private static string Literal(string value) => "'" + value.Replace("'", "''", StringComparison.Ordinal) + "'";
}
