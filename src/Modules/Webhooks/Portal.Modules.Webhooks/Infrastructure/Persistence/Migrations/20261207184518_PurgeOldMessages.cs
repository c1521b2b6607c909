using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.Modules.Webhooks.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class PurgeOldMessages : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "ix_messages_created_at",
                schema: "webhooks",
                table: "messages",
                column: "created_at");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_messages_created_at",
                schema: "webhooks",
                table: "messages");
        }
    }
}
