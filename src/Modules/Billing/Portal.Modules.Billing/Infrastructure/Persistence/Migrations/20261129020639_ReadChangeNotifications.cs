using Microsoft.EntityFrameworkCore.Migrations;
using Portal.BuildingBlocks.Infrastructure.Caching;

#nullable disable

namespace Portal.Modules.Billing.Infrastructure.Persistence.Migrations
{
    /// <summary>ADR 0019: the rows that cached portal reads come from notify their scope when they change.</summary>
    public partial class ReadChangeNotifications : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(ReadChangeTriggers.CreateFunction("billing"));
            migrationBuilder.Sql(ReadChangeTriggers.CustomerTrigger("billing", "payments", "customer_id"));
            migrationBuilder.Sql(ReadChangeTriggers.CustomerTrigger("billing", "refunds", "customer_id"));
            migrationBuilder.Sql(ReadChangeTriggers.CustomerTrigger("billing", "invoices", "customer_id"));
            migrationBuilder.Sql(ReadChangeTriggers.CustomerTrigger("billing", "payment_methods", "customer_id"));
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(ReadChangeTriggers.DropTrigger("billing", "payments"));
            migrationBuilder.Sql(ReadChangeTriggers.DropTrigger("billing", "refunds"));
            migrationBuilder.Sql(ReadChangeTriggers.DropTrigger("billing", "invoices"));
            migrationBuilder.Sql(ReadChangeTriggers.DropTrigger("billing", "payment_methods"));
            migrationBuilder.Sql(ReadChangeTriggers.DropFunction("billing"));
        }
    }
}
