using Microsoft.EntityFrameworkCore.Migrations;
using Portal.BuildingBlocks.Infrastructure.Caching;

#nullable disable

namespace Portal.Modules.Identity.Infrastructure.Persistence.Migrations
{
    /// <summary>ADR 0019: the rows that cached portal reads come from notify their scope when they change.</summary>
    public partial class ReadChangeNotifications : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(ReadChangeTriggers.CreateFunction("identity"));
            migrationBuilder.Sql(ReadChangeTriggers.CustomerTrigger("identity", "customers", "id"));
            migrationBuilder.Sql(ReadChangeTriggers.BusinessTrigger("identity", "businesses", "id"));
            migrationBuilder.Sql(ReadChangeTriggers.SessionTrigger("identity", "portal_sessions"));
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(ReadChangeTriggers.DropTrigger("identity", "customers"));
            migrationBuilder.Sql(ReadChangeTriggers.DropTrigger("identity", "businesses"));
            migrationBuilder.Sql(ReadChangeTriggers.DropTrigger("identity", "portal_sessions"));
            migrationBuilder.Sql(ReadChangeTriggers.DropFunction("identity"));
        }
    }
}
