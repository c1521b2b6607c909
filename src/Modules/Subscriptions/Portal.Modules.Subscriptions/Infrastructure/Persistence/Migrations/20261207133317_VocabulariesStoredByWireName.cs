using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.Modules.Subscriptions.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class VocabulariesStoredByWireName : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_subscriptions_dues_due",
                schema: "subscriptions",
                table: "subscriptions");

            migrationBuilder.DropIndex(
                name: "ix_subscriptions_renewals_due",
                schema: "subscriptions",
                table: "subscriptions");

            Rename(migrationBuilder, toWire: true);

            migrationBuilder.CreateIndex(
                name: "ix_subscriptions_dues_due",
                schema: "subscriptions",
                table: "subscriptions",
                columns: new[] { "next_dues_attempt_at", "id" },
                filter: "status = 'on_hold' AND next_dues_attempt_at IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_subscriptions_renewals_due",
                schema: "subscriptions",
                table: "subscriptions",
                columns: new[] { "current_period_end", "id" },
                filter: "status = 'active'");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_subscriptions_dues_due",
                schema: "subscriptions",
                table: "subscriptions");

            migrationBuilder.DropIndex(
                name: "ix_subscriptions_renewals_due",
                schema: "subscriptions",
                table: "subscriptions");

            Rename(migrationBuilder, toWire: false);

            migrationBuilder.CreateIndex(
                name: "ix_subscriptions_dues_due",
                schema: "subscriptions",
                table: "subscriptions",
                columns: new[] { "next_dues_attempt_at", "id" },
                filter: "status = 'OnHold' AND next_dues_attempt_at IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_subscriptions_renewals_due",
                schema: "subscriptions",
                table: "subscriptions",
                columns: new[] { "current_period_end", "id" },
                filter: "status = 'Active'");
        }

        private static readonly string[] Statuses = ["Pending", "Active", "OnHold", "Cancelled", "Expired", "Failed"];
        private static readonly string[] Changes =
        [
            "Created", "Activated", "Failed", "Renewed", "PutOnHold", "DuesAttemptFailed", "Reactivated", "CancellationScheduled",
            "CancellationUndone", "Cancelled", "Expired", "BillingUpdated", "PaymentMethodChanged", "TimeTravelled", "PlanChanged",
            "PlanChangeDeclined",
        ];
        private static readonly string[] Actors = ["Customer", "Merchant", "System"];
        private static readonly string[] Kinds = ["OneTime", "Subscription", "UsageBased"];
        private static readonly string[] Units = ["Day", "Week", "Month", "Year"];
        private static readonly string[] ProrationModes = ["ProratedImmediately", "FullImmediately", "DifferenceImmediately", "DoNotBill"];

        /// <summary>
        /// Rewrites every stored vocabulary value between the C# member name it was stored as (<c>OnHold</c>)
        /// and its wire name (<c>on_hold</c>). The names are written out here, not read from the enums, so the
        /// migration means the same thing whatever the code later calls its members.
        /// </summary>
        private static void Rename(MigrationBuilder migrationBuilder, bool toWire)
        {
            (string Table, string Column, string[] Members)[] columns =
            [
                ("subscriptions", "status", Statuses),
                ("subscriptions", "interval_unit", Units),
                ("subscription_transitions", "change", Changes),
                ("subscription_transitions", "from_status", Statuses),
                ("subscription_transitions", "to_status", Statuses),
                ("subscription_transitions", "actor", Actors),
                ("products", "kind", Kinds),
                ("products", "interval_unit", Units),
                ("product_collections", "upgrade_mode", ProrationModes),
                ("product_collections", "downgrade_mode", ProrationModes),
                ("plan_change_policies", "upgrade_mode", ProrationModes),
                ("plan_change_policies", "downgrade_mode", ProrationModes),
            ];
            foreach (var (table, column, members) in columns)
            {
                var cases = string.Concat(members.Select(m => toWire ? $" WHEN '{m}' THEN '{WireName(m)}'" : $" WHEN '{WireName(m)}' THEN '{m}'"));
                migrationBuilder.Sql($"UPDATE subscriptions.{table} SET {column} = CASE {column}{cases} ELSE {column} END WHERE {column} IS NOT NULL;");
            }
        }

        private static string WireName(string member) =>
            string.Concat(member.Select((c, i) => char.IsUpper(c) ? (i == 0 ? "" : "_") + char.ToLowerInvariant(c) : c.ToString()));
    }
}
