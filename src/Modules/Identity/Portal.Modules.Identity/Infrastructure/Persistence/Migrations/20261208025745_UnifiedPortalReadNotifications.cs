using Microsoft.EntityFrameworkCore.Migrations;
using Portal.BuildingBlocks.Infrastructure.Caching;

#nullable disable

namespace Portal.Modules.Identity.Infrastructure.Persistence.Migrations
{
    /// <summary>
    /// ADR 0019 for the unified portal: a customer's change also names its email's scope, and a change of any business
    /// ends the answers listing an email's businesses.
    /// </summary>
    public partial class UnifiedPortalReadNotifications : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(ReadChangeTriggers.EmailTrigger("identity", "customers"));
            migrationBuilder.Sql(ReadChangeTriggers.AnyBusinessTrigger("identity", "businesses"));
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(ReadChangeTriggers.DropAnyBusinessTrigger("identity", "businesses"));
            migrationBuilder.Sql(ReadChangeTriggers.DropEmailTrigger("identity", "customers"));
        }
    }
}
