using Microsoft.EntityFrameworkCore.Migrations;
using Portal.BuildingBlocks.Infrastructure.Outbox;

#nullable disable

namespace Portal.Modules.Licensing.Infrastructure.Persistence.Migrations
{
    /// <summary>
    /// ADR 0021: Licensing's integration events and handlers are stored under their registered names, no longer
    /// their CLR names, in its outbox and inbox and in the delivery jobs Hangfire holds. The CLR names are
    /// those the types had when the names were registered, kept here as they were.
    /// </summary>
    public partial class RegisteredMessageNames : Migration
    {
        private static readonly (string From, string To)[] Events =
        [
            ("Portal.Modules.Licensing.Contracts.LicenseKeys.LicenseKeyIssuedIntegrationEvent", "licensing.license_key_issued"),
        ];

        private static readonly (string From, string To)[] Handlers =
        [
            ("Portal.Modules.Licensing.Application.Issuance.FollowSubscriptions.SubscriptionChangedIntegrationEventHandler", "licensing.follow_subscription"),
            ("Portal.Modules.Licensing.Application.Issuance.IssueLicenseKeys.PaymentSucceededIntegrationEventHandler", "licensing.issue_license_keys"),
            ("Portal.Modules.Licensing.Application.Issuance.SendLicenseKeyEmails.LicenseKeyIssuedIntegrationEventHandler", "licensing.send_license_key_email"),
        ];

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(StoredMessageNames.RenameEvents("licensing", Events));
            migrationBuilder.Sql(StoredMessageNames.RenameHandlers("licensing", Handlers));
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(StoredMessageNames.RenameEvents("licensing", StoredMessageNames.Reversed(Events)));
            migrationBuilder.Sql(StoredMessageNames.RenameHandlers("licensing", StoredMessageNames.Reversed(Handlers)));
        }
    }
}
