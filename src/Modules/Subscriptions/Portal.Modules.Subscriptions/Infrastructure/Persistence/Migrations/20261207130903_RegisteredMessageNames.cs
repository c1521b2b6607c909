using Microsoft.EntityFrameworkCore.Migrations;
using Portal.BuildingBlocks.Infrastructure.Outbox;

#nullable disable

namespace Portal.Modules.Subscriptions.Infrastructure.Persistence.Migrations
{
    /// <summary>
    /// ADR 0021: Subscriptions' integration events and handlers are stored under their registered names, no longer
    /// their CLR names, in its outbox and inbox and in the delivery jobs Hangfire holds. The CLR names are
    /// those the types had when the names were registered, kept here as they were.
    /// </summary>
    public partial class RegisteredMessageNames : Migration
    {
        private static readonly (string From, string To)[] Events =
        [
            ("Portal.Modules.Subscriptions.Contracts.Subscriptions.SubscriptionChangedIntegrationEvent", "subscriptions.subscription_changed"),
            ("Portal.Modules.Subscriptions.Contracts.Subscriptions.SubscriptionPlanChangedIntegrationEvent", "subscriptions.subscription_plan_changed"),
        ];

        private static readonly (string From, string To)[] Handlers =
        [
            ("Portal.Modules.Subscriptions.Application.Subscriptions.SendSubscriptionEmails.SubscriptionPlanChangedIntegrationEventHandler", "subscriptions.send_plan_changed_email"),
            ("Portal.Modules.Subscriptions.Application.Subscriptions.SendSubscriptionEmails.SubscriptionChangedIntegrationEventHandler", "subscriptions.send_subscription_changed_email"),
            ("Portal.Modules.Subscriptions.Application.Subscriptions.SettlePayments.PaymentFailedIntegrationEventHandler", "subscriptions.settle_failed_payment"),
            ("Portal.Modules.Subscriptions.Application.Subscriptions.SettlePayments.PaymentSucceededIntegrationEventHandler", "subscriptions.settle_succeeded_payment"),
        ];

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(StoredMessageNames.RenameEvents("subscriptions", Events));
            migrationBuilder.Sql(StoredMessageNames.RenameHandlers("subscriptions", Handlers));
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(StoredMessageNames.RenameEvents("subscriptions", StoredMessageNames.Reversed(Events)));
            migrationBuilder.Sql(StoredMessageNames.RenameHandlers("subscriptions", StoredMessageNames.Reversed(Handlers)));
        }
    }
}
