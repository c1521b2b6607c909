using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.Modules.Billing.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class PaymentsAndInvoices : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "stripe_customer_reference",
                schema: "billing",
                table: "billing_accounts",
                type: "text",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "invoice_sequences",
                schema: "billing",
                columns: table => new
                {
                    business_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    mode = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    last_number = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_invoice_sequences", x => new { x.business_id, x.mode, x.year });
                });

            migrationBuilder.CreateTable(
                name: "invoices",
                schema: "billing",
                columns: table => new
                {
                    id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    business_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    mode = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    customer_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    payment_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    sequence = table.Column<int>(type: "integer", nullable: false),
                    number = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    issued_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    parties = table.Column<string>(type: "jsonb", nullable: false),
                    currency = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    subtotal = table.Column<long>(type: "bigint", nullable: false),
                    tax = table.Column<long>(type: "bigint", nullable: false),
                    total = table.Column<long>(type: "bigint", nullable: false),
                    card_brand = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    card_last_four = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                    lines = table.Column<string>(type: "jsonb", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_invoices", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "payment_methods",
                schema: "billing",
                columns: table => new
                {
                    id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    business_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    mode = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    customer_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    gateway = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    gateway_reference = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    is_default = table.Column<bool>(type: "boolean", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    removed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    card_brand = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    card_expiry_month = table.Column<int>(type: "integer", nullable: false),
                    card_expiry_year = table.Column<int>(type: "integer", nullable: false),
                    card_last_four = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_payment_methods", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "payments",
                schema: "billing",
                columns: table => new
                {
                    id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    business_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    mode = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    customer_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    idempotency_key = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    description = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    subscription_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    payment_method_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    gateway = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    card_brand = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    card_last_four = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                    currency = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    subtotal = table.Column<long>(type: "bigint", nullable: false),
                    tax = table.Column<long>(type: "bigint", nullable: false),
                    total = table.Column<long>(type: "bigint", nullable: false),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    failure_code = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    failure_message = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    gateway_reference = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: true),
                    gateway_attempts = table.Column<int>(type: "integer", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    completed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    refunded_amount = table.Column<long>(type: "bigint", nullable: false),
                    lines = table.Column<string>(type: "jsonb", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_payments", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "sandbox_charges",
                schema: "billing",
                columns: table => new
                {
                    idempotency_key = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    reference = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    mode = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    payment_method_token = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    amount = table.Column<long>(type: "bigint", nullable: false),
                    currency = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    failure_code = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_sandbox_charges", x => x.idempotency_key);
                });

            migrationBuilder.CreateTable(
                name: "webhook_events",
                schema: "billing",
                columns: table => new
                {
                    event_id = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    received_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_webhook_events", x => x.event_id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_invoices_business_id_mode_year_sequence",
                schema: "billing",
                table: "invoices",
                columns: new[] { "business_id", "mode", "year", "sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_invoices_customer_id_mode",
                schema: "billing",
                table: "invoices",
                columns: new[] { "customer_id", "mode" });

            migrationBuilder.CreateIndex(
                name: "ix_invoices_payment_id",
                schema: "billing",
                table: "invoices",
                column: "payment_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_payment_methods_customer_id_mode",
                schema: "billing",
                table: "payment_methods",
                columns: new[] { "customer_id", "mode" });

            migrationBuilder.CreateIndex(
                name: "ix_payment_methods_one_default",
                schema: "billing",
                table: "payment_methods",
                columns: new[] { "customer_id", "mode" },
                unique: true,
                filter: "is_default AND removed_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_payments_business_id_mode_created_at",
                schema: "billing",
                table: "payments",
                columns: new[] { "business_id", "mode", "created_at" });

            migrationBuilder.CreateIndex(
                name: "ix_payments_business_id_mode_idempotency_key",
                schema: "billing",
                table: "payments",
                columns: new[] { "business_id", "mode", "idempotency_key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_payments_customer_id_mode_created_at",
                schema: "billing",
                table: "payments",
                columns: new[] { "customer_id", "mode", "created_at" });

            migrationBuilder.CreateIndex(
                name: "ix_payments_processing",
                schema: "billing",
                table: "payments",
                column: "updated_at",
                filter: "status = 'Processing'");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "invoice_sequences",
                schema: "billing");

            migrationBuilder.DropTable(
                name: "invoices",
                schema: "billing");

            migrationBuilder.DropTable(
                name: "payment_methods",
                schema: "billing");

            migrationBuilder.DropTable(
                name: "payments",
                schema: "billing");

            migrationBuilder.DropTable(
                name: "sandbox_charges",
                schema: "billing");

            migrationBuilder.DropTable(
                name: "webhook_events",
                schema: "billing");

            migrationBuilder.DropColumn(
                name: "stripe_customer_reference",
                schema: "billing",
                table: "billing_accounts");
        }
    }
}
