using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.Modules.Identity.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class AuditTrail : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "audit_entries",
                schema: "identity",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    occurred_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    business_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    mode = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: true),
                    actor_area = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    actor_id = table.Column<Guid>(type: "uuid", nullable: false),
                    actor_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    action = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    details = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_audit_entries", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_audit_entries_business_id_occurred_at",
                schema: "identity",
                table: "audit_entries",
                columns: new[] { "business_id", "occurred_at" });

            // Append-only: no update, delete or truncate, whoever asks (the app, a script, a hand in psql).
            migrationBuilder.Sql("""
                CREATE FUNCTION identity.refuse_audit_change() RETURNS trigger LANGUAGE plpgsql AS $body$
                BEGIN
                    RAISE EXCEPTION 'identity.audit_entries is append-only';
                END
                $body$;
                CREATE TRIGGER audit_entries_append_only BEFORE UPDATE OR DELETE ON identity.audit_entries
                FOR EACH ROW EXECUTE FUNCTION identity.refuse_audit_change();
                CREATE TRIGGER audit_entries_no_truncate BEFORE TRUNCATE ON identity.audit_entries
                FOR EACH STATEMENT EXECUTE FUNCTION identity.refuse_audit_change();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TABLE identity.audit_entries; DROP FUNCTION identity.refuse_audit_change();");
        }
    }
}
