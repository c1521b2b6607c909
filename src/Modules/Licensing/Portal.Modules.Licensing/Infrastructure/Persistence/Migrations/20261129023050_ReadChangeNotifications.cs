using Microsoft.EntityFrameworkCore.Migrations;
using Portal.BuildingBlocks.Infrastructure.Caching;

#nullable disable

namespace Portal.Modules.Licensing.Infrastructure.Persistence.Migrations
{
    /// <summary>ADR 0019: the rows that cached portal reads come from notify their scope when they change.</summary>
    public partial class ReadChangeNotifications : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(ReadChangeTriggers.CreateFunction("licensing"));
            migrationBuilder.Sql(ReadChangeTriggers.CustomerTrigger("licensing", "license_keys", "customer_id"));
            migrationBuilder.Sql(ReadChangeTriggers.ParentCustomerTrigger("licensing", "license_key_instances", "license_key_id", "licensing.license_keys"));
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(ReadChangeTriggers.DropTrigger("licensing", "license_keys"));
            migrationBuilder.Sql(ReadChangeTriggers.DropTrigger("licensing", "license_key_instances"));
            migrationBuilder.Sql(ReadChangeTriggers.DropFunction("licensing"));
        }
    }
}
