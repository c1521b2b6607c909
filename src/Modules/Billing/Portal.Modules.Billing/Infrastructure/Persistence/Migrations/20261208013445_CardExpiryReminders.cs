using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.Modules.Billing.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class CardExpiryReminders : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "expiry_reminded_at",
                schema: "billing",
                table: "payment_methods",
                type: "timestamp with time zone",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "expiry_reminded_at",
                schema: "billing",
                table: "payment_methods");
        }
    }
}
