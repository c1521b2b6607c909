using Microsoft.EntityFrameworkCore.Migrations;
using Portal.BuildingBlocks.Infrastructure.Caching;

#nullable disable

namespace Portal.Modules.Subscriptions.Infrastructure.Persistence.Migrations
{
    /// <summary>ADR 0019: the rows that cached portal reads come from notify their scope when they change.</summary>
    public partial class ReadChangeNotifications : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(ReadChangeTriggers.CreateFunction("subscriptions"));
            migrationBuilder.Sql(ReadChangeTriggers.CustomerTrigger("subscriptions", "subscriptions", "customer_id"));
            migrationBuilder.Sql(ReadChangeTriggers.BusinessTrigger("subscriptions", "products", "business_id"));
            migrationBuilder.Sql(ReadChangeTriggers.BusinessTrigger("subscriptions", "product_collections", "business_id"));
            migrationBuilder.Sql(ReadChangeTriggers.BusinessTrigger("subscriptions", "plan_change_policies", "business_id"));
            migrationBuilder.Sql(ReadChangeTriggers.ParentCustomerTrigger("subscriptions", "subscription_transitions", "subscription_id", "subscriptions.subscriptions"));
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(ReadChangeTriggers.DropTrigger("subscriptions", "subscriptions"));
            migrationBuilder.Sql(ReadChangeTriggers.DropTrigger("subscriptions", "products"));
            migrationBuilder.Sql(ReadChangeTriggers.DropTrigger("subscriptions", "product_collections"));
            migrationBuilder.Sql(ReadChangeTriggers.DropTrigger("subscriptions", "plan_change_policies"));
            migrationBuilder.Sql(ReadChangeTriggers.DropTrigger("subscriptions", "subscription_transitions"));
            migrationBuilder.Sql(ReadChangeTriggers.DropFunction("subscriptions"));
        }
    }
}
