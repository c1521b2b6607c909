using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.Modules.Subscriptions.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class PlanChanges : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "plan_change_attempts_failed",
                schema: "subscriptions",
                table: "subscriptions",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "plan_changes",
                schema: "subscriptions",
                table: "subscriptions",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "from_product_id",
                schema: "subscriptions",
                table: "subscription_transitions",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "to_product_id",
                schema: "subscriptions",
                table: "subscription_transitions",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "downgrade_mode",
                schema: "subscriptions",
                table: "product_collections",
                type: "character varying(32)",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "upgrade_mode",
                schema: "subscriptions",
                table: "product_collections",
                type: "character varying(32)",
                maxLength: 32,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "plan_change_policies",
                schema: "subscriptions",
                columns: table => new
                {
                    business_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    allow_subscription_updates = table.Column<bool>(type: "boolean", nullable: false),
                    upgrade_mode = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    downgrade_mode = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_plan_change_policies", x => x.business_id);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "plan_change_policies",
                schema: "subscriptions");

            migrationBuilder.DropColumn(
                name: "plan_change_attempts_failed",
                schema: "subscriptions",
                table: "subscriptions");

            migrationBuilder.DropColumn(
                name: "plan_changes",
                schema: "subscriptions",
                table: "subscriptions");

            migrationBuilder.DropColumn(
                name: "from_product_id",
                schema: "subscriptions",
                table: "subscription_transitions");

            migrationBuilder.DropColumn(
                name: "to_product_id",
                schema: "subscriptions",
                table: "subscription_transitions");

            migrationBuilder.DropColumn(
                name: "downgrade_mode",
                schema: "subscriptions",
                table: "product_collections");

            migrationBuilder.DropColumn(
                name: "upgrade_mode",
                schema: "subscriptions",
                table: "product_collections");
        }
    }
}
