using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.Modules.Billing.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class SandboxAuthentication : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "return_url",
                schema: "billing",
                table: "sandbox_charges",
                type: "character varying(2048)",
                maxLength: 2048,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "ix_sandbox_charges_reference",
                schema: "billing",
                table: "sandbox_charges",
                column: "reference",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_sandbox_charges_reference",
                schema: "billing",
                table: "sandbox_charges");

            migrationBuilder.DropColumn(
                name: "return_url",
                schema: "billing",
                table: "sandbox_charges");
        }
    }
}
