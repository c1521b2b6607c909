using Microsoft.EntityFrameworkCore.Migrations;
using Portal.BuildingBlocks.Infrastructure.Outbox;

#nullable disable

namespace Portal.Modules.Identity.Infrastructure.Persistence.Migrations
{
    /// <summary>
    /// ADR 0021: Identity's integration events and handlers are stored under their registered names, no longer
    /// their CLR names, in its outbox and inbox and in the delivery jobs Hangfire holds. The CLR names are
    /// those the types had when the names were registered, kept here as they were.
    /// </summary>
    public partial class RegisteredMessageNames : Migration
    {
        private static readonly (string From, string To)[] Events =
        [
            ("Portal.Modules.Identity.Contracts.Customers.CustomerCreatedIntegrationEvent", "identity.customer_created"),
            ("Portal.Modules.Identity.Application.PortalSessions.RequestSignInLink.SignInLinkRequestedIntegrationEvent", "identity.sign_in_link_requested"),
            ("Portal.Modules.Identity.Application.PortalSessions.RequestUnifiedSignInLink.UnifiedSignInLinkRequestedIntegrationEvent", "identity.unified_sign_in_link_requested"),
        ];

        private static readonly (string From, string To)[] Handlers =
        [
            ("Portal.Modules.Identity.Application.PortalSessions.RequestSignInLink.SignInLinkRequestedIntegrationEventHandler", "identity.send_sign_in_link"),
            ("Portal.Modules.Identity.Application.PortalSessions.RequestUnifiedSignInLink.UnifiedSignInLinkRequestedIntegrationEventHandler", "identity.send_unified_sign_in_link"),
        ];

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(StoredMessageNames.RenameEvents("identity", Events));
            migrationBuilder.Sql(StoredMessageNames.RenameHandlers("identity", Handlers));
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(StoredMessageNames.RenameEvents("identity", StoredMessageNames.Reversed(Events)));
            migrationBuilder.Sql(StoredMessageNames.RenameHandlers("identity", StoredMessageNames.Reversed(Handlers)));
        }
    }
}
