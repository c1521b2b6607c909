using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Portal.BuildingBlocks.Infrastructure.Caching;

#nullable disable

namespace Portal.Modules.Identity.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class StaffAccountsAndSessions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "failed_sign_ins",
                schema: "identity",
                table: "merchant_users");

            migrationBuilder.DropColumn(
                name: "locked_out_until",
                schema: "identity",
                table: "merchant_users");

            migrationBuilder.AlterColumn<string>(
                name: "password_hash",
                schema: "identity",
                table: "merchant_users",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(200)",
                oldMaxLength: 200);

            migrationBuilder.AddColumn<string>(
                name: "role",
                schema: "identity",
                table: "merchant_users",
                type: "character varying(16)",
                maxLength: 16,
                nullable: false,
                defaultValue: "Owner");

            migrationBuilder.AddColumn<string>(
                name: "country",
                schema: "identity",
                table: "businesses",
                type: "character varying(2)",
                maxLength: 2,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "currency",
                schema: "identity",
                table: "businesses",
                type: "character varying(3)",
                maxLength: 3,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "operators",
                schema: "identity",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    email = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: false),
                    normalized_email = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    password_hash = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    can_manage_jobs = table.Column<bool>(type: "boolean", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_operators", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "password_setup_links",
                schema: "identity",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    token_hash = table.Column<byte[]>(type: "bytea", nullable: false),
                    area = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    account_id = table.Column<Guid>(type: "uuid", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    expires_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    used_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_password_setup_links", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "staff_sessions",
                schema: "identity",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    area = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    account_id = table.Column<Guid>(type: "uuid", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    last_seen_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    expires_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ended_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_staff_sessions", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_merchant_users_business_id",
                schema: "identity",
                table: "merchant_users",
                column: "business_id");

            migrationBuilder.CreateIndex(
                name: "ix_operators_normalized_email",
                schema: "identity",
                table: "operators",
                column: "normalized_email",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_password_setup_links_area_account_id",
                schema: "identity",
                table: "password_setup_links",
                columns: new[] { "area", "account_id" });

            migrationBuilder.CreateIndex(
                name: "ix_password_setup_links_expires_at",
                schema: "identity",
                table: "password_setup_links",
                column: "expires_at");

            migrationBuilder.CreateIndex(
                name: "ix_password_setup_links_token_hash",
                schema: "identity",
                table: "password_setup_links",
                column: "token_hash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_staff_sessions_area_account_id",
                schema: "identity",
                table: "staff_sessions",
                columns: new[] { "area", "account_id" });

            migrationBuilder.CreateIndex(
                name: "ix_staff_sessions_expires_at",
                schema: "identity",
                table: "staff_sessions",
                column: "expires_at");

            // Existing merchant users were each their business's only account: they stay its owners (the default above).
            migrationBuilder.Sql(ReadChangeTriggers.SessionTrigger("identity", "staff_sessions"));
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(ReadChangeTriggers.DropTrigger("identity", "staff_sessions"));

            migrationBuilder.DropTable(
                name: "operators",
                schema: "identity");

            migrationBuilder.DropTable(
                name: "password_setup_links",
                schema: "identity");

            migrationBuilder.DropTable(
                name: "staff_sessions",
                schema: "identity");

            migrationBuilder.DropIndex(
                name: "ix_merchant_users_business_id",
                schema: "identity",
                table: "merchant_users");

            migrationBuilder.DropColumn(
                name: "role",
                schema: "identity",
                table: "merchant_users");

            migrationBuilder.DropColumn(
                name: "country",
                schema: "identity",
                table: "businesses");

            migrationBuilder.DropColumn(
                name: "currency",
                schema: "identity",
                table: "businesses");

            migrationBuilder.AlterColumn<string>(
                name: "password_hash",
                schema: "identity",
                table: "merchant_users",
                type: "character varying(200)",
                maxLength: 200,
                nullable: false,
                defaultValue: "",
                oldClrType: typeof(string),
                oldType: "character varying(200)",
                oldMaxLength: 200,
                oldNullable: true);

            migrationBuilder.AddColumn<int>(
                name: "failed_sign_ins",
                schema: "identity",
                table: "merchant_users",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "locked_out_until",
                schema: "identity",
                table: "merchant_users",
                type: "timestamp with time zone",
                nullable: true);
        }
    }
}
