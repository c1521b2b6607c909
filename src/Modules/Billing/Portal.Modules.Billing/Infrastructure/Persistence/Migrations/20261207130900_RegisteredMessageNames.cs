using Microsoft.EntityFrameworkCore.Migrations;
using Portal.BuildingBlocks.Infrastructure.Outbox;

#nullable disable

namespace Portal.Modules.Billing.Infrastructure.Persistence.Migrations
{
    /// <summary>
    /// ADR 0021: Billing's integration events and handlers are stored under their registered names, no longer
    /// their CLR names, in its outbox and inbox and in the delivery jobs Hangfire holds. The CLR names are
    /// those the types had when the names were registered, kept here as they were.
    /// </summary>
    public partial class RegisteredMessageNames : Migration
    {
        private static readonly (string From, string To)[] Events =
        [
            ("Portal.Modules.Billing.Contracts.Payments.PaymentFailedIntegrationEvent", "billing.payment_failed"),
            ("Portal.Modules.Billing.Contracts.Refunds.PaymentRefundedIntegrationEvent", "billing.payment_refunded"),
            ("Portal.Modules.Billing.Contracts.Payments.PaymentSucceededIntegrationEvent", "billing.payment_succeeded"),
        ];

        private static readonly (string From, string To)[] Handlers =
        [
            ("Portal.Modules.Billing.Application.Credits.GrantPlanChangeCredit.SubscriptionPlanChangedIntegrationEventHandler", "billing.grant_plan_change_credit"),
            ("Portal.Modules.Billing.Application.BillingAccounts.OpenBillingAccount.CustomerCreatedIntegrationEventHandler", "billing.open_billing_account"),
            ("Portal.Modules.Billing.Application.Payments.SendPaymentEmails.PaymentFailedIntegrationEventHandler", "billing.send_payment_failed_email"),
            ("Portal.Modules.Billing.Application.Payments.SendPaymentEmails.PaymentSucceededIntegrationEventHandler", "billing.send_receipt"),
        ];

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(StoredMessageNames.RenameEvents("billing", Events));
            migrationBuilder.Sql(StoredMessageNames.RenameHandlers("billing", Handlers));
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(StoredMessageNames.RenameEvents("billing", StoredMessageNames.Reversed(Events)));
            migrationBuilder.Sql(StoredMessageNames.RenameHandlers("billing", StoredMessageNames.Reversed(Handlers)));
        }
    }
}
