using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.Modules.Webhooks.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class ClaimDeliveriesByEndpoint : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "ix_deliveries_endpoint_id_next_attempt_at",
                schema: "webhooks",
                table: "deliveries",
                columns: new[] { "endpoint_id", "next_attempt_at" },
                filter: "status = 'pending'");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_deliveries_endpoint_id_next_attempt_at",
                schema: "webhooks",
                table: "deliveries");
        }
    }
}
