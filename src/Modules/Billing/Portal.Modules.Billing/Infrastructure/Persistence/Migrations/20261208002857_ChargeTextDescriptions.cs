using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.Modules.Billing.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class ChargeTextDescriptions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // A description written before is the merchant's words or an English sentence: both become a JSON string,
            // which reads back as words shown as typed.
            migrationBuilder.Sql("ALTER TABLE billing.payments ALTER COLUMN description TYPE jsonb USING to_jsonb(description);");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(
                "ALTER TABLE billing.payments ALTER COLUMN description TYPE character varying(500) " +
                "USING left(CASE WHEN jsonb_typeof(description) = 'string' THEN description #>> '{}' ELSE description::text END, 500);");
        }
    }
}
