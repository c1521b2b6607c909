using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.Modules.Licensing.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class LicenseKeys : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "license_keys",
                schema: "licensing",
                columns: table => new
                {
                    id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    business_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    mode = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    customer_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    product_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    product_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    key_hash = table.Column<byte[]>(type: "bytea", maxLength: 32, nullable: false),
                    protected_key = table.Column<string>(type: "text", nullable: false),
                    issuance_key = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    payment_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    subscription_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    activations_limit = table.Column<int>(type: "integer", nullable: true),
                    instances_count = table.Column<int>(type: "integer", nullable: false),
                    disabled = table.Column<bool>(type: "boolean", nullable: false),
                    expires_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    subscription_state_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    activations_reset_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_license_keys", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "license_key_instances",
                schema: "licensing",
                columns: table => new
                {
                    id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    license_key_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    business_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    mode = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_license_key_instances", x => x.id);
                    table.ForeignKey(
                        name: "fk_license_key_instances_license_keys_license_key_id",
                        column: x => x.license_key_id,
                        principalSchema: "licensing",
                        principalTable: "license_keys",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_license_key_instances_business_id_mode_created_at",
                schema: "licensing",
                table: "license_key_instances",
                columns: new[] { "business_id", "mode", "created_at" });

            migrationBuilder.CreateIndex(
                name: "ix_license_key_instances_license_key_id_created_at",
                schema: "licensing",
                table: "license_key_instances",
                columns: new[] { "license_key_id", "created_at" });

            migrationBuilder.CreateIndex(
                name: "ix_license_keys_business_id_mode_created_at",
                schema: "licensing",
                table: "license_keys",
                columns: new[] { "business_id", "mode", "created_at" });

            migrationBuilder.CreateIndex(
                name: "ix_license_keys_business_id_mode_customer_id",
                schema: "licensing",
                table: "license_keys",
                columns: new[] { "business_id", "mode", "customer_id" });

            migrationBuilder.CreateIndex(
                name: "ix_license_keys_business_id_mode_issuance_key",
                schema: "licensing",
                table: "license_keys",
                columns: new[] { "business_id", "mode", "issuance_key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_license_keys_key_hash",
                schema: "licensing",
                table: "license_keys",
                column: "key_hash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_license_keys_subscription_id",
                schema: "licensing",
                table: "license_keys",
                column: "subscription_id",
                filter: "subscription_id IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "license_key_instances",
                schema: "licensing");

            migrationBuilder.DropTable(
                name: "license_keys",
                schema: "licensing");
        }
    }
}
