using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.Modules.Identity.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class UnifiedPortal : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<string>(
                name: "customer_id",
                schema: "identity",
                table: "portal_sessions",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(64)",
                oldMaxLength: 64);

            migrationBuilder.AlterColumn<string>(
                name: "business_id",
                schema: "identity",
                table: "portal_sessions",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(64)",
                oldMaxLength: 64);

            migrationBuilder.AddColumn<string>(
                name: "email",
                schema: "identity",
                table: "portal_sessions",
                type: "character varying(254)",
                maxLength: 254,
                nullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "customer_id",
                schema: "identity",
                table: "portal_links",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(64)",
                oldMaxLength: 64);

            migrationBuilder.AlterColumn<string>(
                name: "business_id",
                schema: "identity",
                table: "portal_links",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(64)",
                oldMaxLength: 64);

            migrationBuilder.AddColumn<string>(
                name: "email",
                schema: "identity",
                table: "portal_links",
                type: "character varying(254)",
                maxLength: 254,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "purpose",
                schema: "identity",
                table: "portal_links",
                type: "character varying(20)",
                maxLength: 20,
                nullable: false,
                // Every link made before this migration opened one business's portal.
                defaultValue: "BusinessPortal");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "email",
                schema: "identity",
                table: "portal_sessions");

            migrationBuilder.DropColumn(
                name: "email",
                schema: "identity",
                table: "portal_links");

            migrationBuilder.DropColumn(
                name: "purpose",
                schema: "identity",
                table: "portal_links");

            migrationBuilder.AlterColumn<string>(
                name: "customer_id",
                schema: "identity",
                table: "portal_sessions",
                type: "character varying(64)",
                maxLength: 64,
                nullable: false,
                defaultValue: "",
                oldClrType: typeof(string),
                oldType: "character varying(64)",
                oldMaxLength: 64,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "business_id",
                schema: "identity",
                table: "portal_sessions",
                type: "character varying(64)",
                maxLength: 64,
                nullable: false,
                defaultValue: "",
                oldClrType: typeof(string),
                oldType: "character varying(64)",
                oldMaxLength: 64,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "customer_id",
                schema: "identity",
                table: "portal_links",
                type: "character varying(64)",
                maxLength: 64,
                nullable: false,
                defaultValue: "",
                oldClrType: typeof(string),
                oldType: "character varying(64)",
                oldMaxLength: 64,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "business_id",
                schema: "identity",
                table: "portal_links",
                type: "character varying(64)",
                maxLength: 64,
                nullable: false,
                defaultValue: "",
                oldClrType: typeof(string),
                oldType: "character varying(64)",
                oldMaxLength: 64,
                oldNullable: true);
        }
    }
}
