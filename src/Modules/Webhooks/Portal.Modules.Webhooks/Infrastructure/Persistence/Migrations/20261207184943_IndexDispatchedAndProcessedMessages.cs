using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.Modules.Webhooks.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class IndexDispatchedAndProcessedMessages : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "ix_outbox_messages_dispatched_on_utc",
                schema: "webhooks",
                table: "outbox_messages",
                column: "dispatched_on_utc",
                filter: "dispatched_on_utc IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_inbox_messages_processed_on_utc",
                schema: "webhooks",
                table: "inbox_messages",
                column: "processed_on_utc");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_outbox_messages_dispatched_on_utc",
                schema: "webhooks",
                table: "outbox_messages");

            migrationBuilder.DropIndex(
                name: "ix_inbox_messages_processed_on_utc",
                schema: "webhooks",
                table: "inbox_messages");
        }
    }
}
