using Portal.BuildingBlocks.Contracts.Messaging;

namespace Portal.BuildingBlocks.Infrastructure.Caching;

/// <summary>
/// The SQL of ADR 0019's triggers, for the modules' migrations: after each row change, commit-time
/// <c>pg_notify</c> of the scope the row belongs to, in the payload format of
/// <see cref="ReadScope"/>. Triggers, not application code, so that no write path (EF,
/// ExecuteUpdate, raw SQL, a script) can change a row without the caches hearing of it. PostgreSQL folds
/// equal payloads of one transaction into one notification. Rows never move between scopes (their
/// business, mode and customer are set once), so the new row's scope is the old row's.
/// </summary>
public static class ReadChangeTriggers
{
    /// <summary>
    /// The schema's notifying function; its arguments name the row's scope (customer, business or session)
    /// and the column that holds it. Creating it again replaces it.
    /// </summary>
    public static string CreateFunction(string schema) => $$"""
        CREATE OR REPLACE FUNCTION {{schema}}.notify_read_change() RETURNS trigger LANGUAGE plpgsql AS $body$
        DECLARE
            changed jsonb;
            owner text;
        BEGIN
            IF TG_OP = 'TRUNCATE' THEN
                PERFORM pg_notify('{{ReadCache.Channel}}', '{{ReadCache.EverythingPayload}}');
                RETURN NULL;
            END IF;
            changed := to_jsonb(COALESCE(NEW, OLD));
            IF TG_ARGV[0] = 'parent' THEN
                EXECUTE format('SELECT concat(''customer/'', business_id, ''/'', mode, ''/'', customer_id) FROM %s WHERE id = $1', TG_ARGV[2])
                    INTO owner USING changed->>TG_ARGV[1];
                IF owner IS NOT NULL THEN
                    PERFORM pg_notify('{{ReadCache.Channel}}', owner);
                END IF;
                RETURN NULL;
            END IF;
            PERFORM pg_notify('{{ReadCache.Channel}}', CASE TG_ARGV[0]
                WHEN 'customer' THEN concat('customer/', changed->>'business_id', '/', changed->>'mode', '/', changed->>TG_ARGV[1])
                WHEN 'business' THEN concat('business/', changed->>TG_ARGV[1])
                WHEN 'session' THEN concat('session/', changed->>'id')
            END);
            RETURN NULL;
        END
        $body$;
        """;

    /// <summary>A row of <paramref name="table"/> belongs to the customer named by <paramref name="customerColumn"/> (of its business_id and mode).</summary>
    public static string CustomerTrigger(string schema, string table, string customerColumn) =>
        Trigger(schema, table, $"'customer', '{customerColumn}'");

    /// <summary>A row of <paramref name="table"/> belongs to (or is) the business named by <paramref name="businessColumn"/>: every answer of the business ends.</summary>
    public static string BusinessTrigger(string schema, string table, string businessColumn) =>
        Trigger(schema, table, $"'business', '{businessColumn}'");

    /// <summary>
    /// A row of <paramref name="table"/> belongs to the customer of the <paramref name="parentTable"/> row (with
    /// business_id, mode and customer_id) its <paramref name="parentColumn"/> names.
    /// </summary>
    public static string ParentCustomerTrigger(string schema, string table, string parentColumn, string parentTable) =>
        Trigger(schema, table, $"'parent', '{parentColumn}', '{parentTable}'");

    /// <summary>A row of <paramref name="table"/> is a portal session (its id column).</summary>
    public static string SessionTrigger(string schema, string table) => Trigger(schema, table, "'session'");

    /// <summary>
    /// Rows of <paramref name="table"/> (with mode and normalized_email) are customers found by their email: each change
    /// also names the email's scope, before and after it (<see cref="ReadScope.EmailKey"/>), hashed as the application hashes it.
    /// </summary>
    public static string EmailTrigger(string schema, string table) => $$"""
        CREATE OR REPLACE FUNCTION {{schema}}.notify_read_email_change() RETURNS trigger LANGUAGE plpgsql AS $body$
        BEGIN
            IF TG_OP <> 'INSERT' THEN
                PERFORM pg_notify('{{ReadCache.Channel}}', concat('email/', OLD.mode, '/', encode(sha256(convert_to(OLD.normalized_email, 'UTF8')), 'hex')));
            END IF;
            IF TG_OP <> 'DELETE' THEN
                PERFORM pg_notify('{{ReadCache.Channel}}', concat('email/', NEW.mode, '/', encode(sha256(convert_to(NEW.normalized_email, 'UTF8')), 'hex')));
            END IF;
            RETURN NULL;
        END
        $body$;
        CREATE TRIGGER notify_read_email_change AFTER INSERT OR UPDATE OR DELETE ON {{schema}}.{{table}}
        FOR EACH ROW EXECUTE FUNCTION {{schema}}.notify_read_email_change();
        """;

    /// <summary>
    /// A change of any row of <paramref name="table"/> (the businesses) ends every answer that lists businesses by their
    /// customers' email (<see cref="ReadScope.AnyBusiness"/>): those answers cannot know beforehand which businesses they will name.
    /// </summary>
    public static string AnyBusinessTrigger(string schema, string table) => $$"""
        CREATE OR REPLACE FUNCTION {{schema}}.notify_read_any_business_change() RETURNS trigger LANGUAGE plpgsql AS $body$
        BEGIN
            PERFORM pg_notify('{{ReadCache.Channel}}', '{{ReadScope.AnyBusiness}}');
            RETURN NULL;
        END
        $body$;
        CREATE TRIGGER notify_read_any_business_change AFTER UPDATE OR DELETE ON {{schema}}.{{table}}
        FOR EACH STATEMENT EXECUTE FUNCTION {{schema}}.notify_read_any_business_change();
        """;

    public static string DropEmailTrigger(string schema, string table) =>
        $"DROP TRIGGER IF EXISTS notify_read_email_change ON {schema}.{table}; DROP FUNCTION IF EXISTS {schema}.notify_read_email_change();";

    public static string DropAnyBusinessTrigger(string schema, string table) =>
        $"DROP TRIGGER IF EXISTS notify_read_any_business_change ON {schema}.{table}; DROP FUNCTION IF EXISTS {schema}.notify_read_any_business_change();";

    public static string DropTrigger(string schema, string table) =>
        $"DROP TRIGGER IF EXISTS notify_read_change ON {schema}.{table}; DROP TRIGGER IF EXISTS notify_read_truncate ON {schema}.{table};";

    public static string DropFunction(string schema) => $"DROP FUNCTION IF EXISTS {schema}.notify_read_change();";

    // TRUNCATE names no rows: it ends every entry.
    private static string Trigger(string schema, string table, string arguments) => $"""
        CREATE TRIGGER notify_read_change AFTER INSERT OR UPDATE OR DELETE ON {schema}.{table}
        FOR EACH ROW EXECUTE FUNCTION {schema}.notify_read_change({arguments});
        CREATE TRIGGER notify_read_truncate AFTER TRUNCATE ON {schema}.{table}
        FOR EACH STATEMENT EXECUTE FUNCTION {schema}.notify_read_change({arguments});
        """;
}
