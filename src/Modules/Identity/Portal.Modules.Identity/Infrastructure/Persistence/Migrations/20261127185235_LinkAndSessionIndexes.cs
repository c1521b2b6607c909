using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.Modules.Identity.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class LinkAndSessionIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "ix_portal_sessions_customer_id",
                schema: "identity",
                table: "portal_sessions",
                column: "customer_id");

            migrationBuilder.CreateIndex(
                name: "ix_portal_links_business_id",
                schema: "identity",
                table: "portal_links",
                column: "business_id");

            migrationBuilder.CreateIndex(
                name: "ix_portal_links_customer_id",
                schema: "identity",
                table: "portal_links",
                column: "customer_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_portal_sessions_customer_id",
                schema: "identity",
                table: "portal_sessions");

            migrationBuilder.DropIndex(
                name: "ix_portal_links_business_id",
                schema: "identity",
                table: "portal_links");

            migrationBuilder.DropIndex(
                name: "ix_portal_links_customer_id",
                schema: "identity",
                table: "portal_links");
        }
    }
}
