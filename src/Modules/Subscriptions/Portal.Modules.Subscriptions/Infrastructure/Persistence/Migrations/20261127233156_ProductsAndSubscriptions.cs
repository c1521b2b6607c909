using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Portal.Modules.Subscriptions.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class ProductsAndSubscriptions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "product_collections",
                schema: "subscriptions",
                columns: table => new
                {
                    id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    business_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    mode = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    description = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    product_ids = table.Column<string[]>(type: "text[]", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_product_collections", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "products",
                schema: "subscriptions",
                columns: table => new
                {
                    id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    business_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    mode = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    description = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    price = table.Column<long>(type: "bigint", nullable: false),
                    currency = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    tax_rate_basis_points = table.Column<int>(type: "integer", nullable: false),
                    interval_unit = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: true),
                    interval_count = table.Column<int>(type: "integer", nullable: true),
                    term_periods = table.Column<int>(type: "integer", nullable: true),
                    issues_license_keys = table.Column<bool>(type: "boolean", nullable: false),
                    license_activation_limit = table.Column<int>(type: "integer", nullable: true),
                    license_duration_days = table.Column<int>(type: "integer", nullable: true),
                    is_archived = table.Column<bool>(type: "boolean", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_products", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "subscriptions",
                schema: "subscriptions",
                columns: table => new
                {
                    id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    business_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    mode = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    customer_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    product_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    quantity = table.Column<int>(type: "integer", nullable: false),
                    currency = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    unit_price = table.Column<long>(type: "bigint", nullable: false),
                    tax_rate_basis_points = table.Column<int>(type: "integer", nullable: false),
                    term_periods = table.Column<int>(type: "integer", nullable: true),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    billing_anchor = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    periods_since_anchor = table.Column<int>(type: "integer", nullable: false),
                    periods_billed = table.Column<int>(type: "integer", nullable: false),
                    current_period_start = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    current_period_end = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    payment_method_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    cancel_at_next_billing_date = table.Column<bool>(type: "boolean", nullable: false),
                    cancelled_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    cancellation_reason = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    cancellation_feedback = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    cancellation_comment = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    dues_amount = table.Column<long>(type: "bigint", nullable: false),
                    on_hold_since = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    dues_attempts_failed = table.Column<int>(type: "integer", nullable: false),
                    scheduled_retries_made = table.Column<int>(type: "integer", nullable: false),
                    next_dues_attempt_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    latest_payment_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    billing_city = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    billing_country = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    billing_state = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    billing_street = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    billing_zipcode = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    interval_count = table.Column<int>(type: "integer", nullable: false),
                    interval_unit = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_subscriptions", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "subscription_transitions",
                schema: "subscriptions",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    change = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    from_status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    to_status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    actor = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    reason = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    payment_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    subscription_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_subscription_transitions", x => x.id);
                    table.ForeignKey(
                        name: "fk_subscription_transitions_subscriptions_subscription_id",
                        column: x => x.subscription_id,
                        principalSchema: "subscriptions",
                        principalTable: "subscriptions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_product_collections_business_id_mode_created_at",
                schema: "subscriptions",
                table: "product_collections",
                columns: new[] { "business_id", "mode", "created_at" });

            migrationBuilder.CreateIndex(
                name: "ix_products_business_id_mode_created_at",
                schema: "subscriptions",
                table: "products",
                columns: new[] { "business_id", "mode", "created_at" });

            migrationBuilder.CreateIndex(
                name: "ix_subscription_transitions_subscription_id_at",
                schema: "subscriptions",
                table: "subscription_transitions",
                columns: new[] { "subscription_id", "at" });

            migrationBuilder.CreateIndex(
                name: "ix_subscriptions_business_id_mode_created_at",
                schema: "subscriptions",
                table: "subscriptions",
                columns: new[] { "business_id", "mode", "created_at" });

            migrationBuilder.CreateIndex(
                name: "ix_subscriptions_customer_id_mode_created_at",
                schema: "subscriptions",
                table: "subscriptions",
                columns: new[] { "customer_id", "mode", "created_at" });

            migrationBuilder.CreateIndex(
                name: "ix_subscriptions_dues_due",
                schema: "subscriptions",
                table: "subscriptions",
                columns: new[] { "next_dues_attempt_at", "id" },
                filter: "status = 'OnHold' AND next_dues_attempt_at IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_subscriptions_renewals_due",
                schema: "subscriptions",
                table: "subscriptions",
                columns: new[] { "current_period_end", "id" },
                filter: "status = 'Active'");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "product_collections",
                schema: "subscriptions");

            migrationBuilder.DropTable(
                name: "products",
                schema: "subscriptions");

            migrationBuilder.DropTable(
                name: "subscription_transitions",
                schema: "subscriptions");

            migrationBuilder.DropTable(
                name: "subscriptions",
                schema: "subscriptions");
        }
    }
}
