using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.Host.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class DevMailbox : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "dev_mailbox_messages",
                schema: "host",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    to = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: false),
                    subject = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    text_body = table.Column<string>(type: "text", nullable: false),
                    html_body = table.Column<string>(type: "text", nullable: false),
                    sent_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_dev_mailbox_messages", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_dev_mailbox_messages_sent_at",
                schema: "host",
                table: "dev_mailbox_messages",
                column: "sent_at");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "dev_mailbox_messages",
                schema: "host");
        }
    }
}
