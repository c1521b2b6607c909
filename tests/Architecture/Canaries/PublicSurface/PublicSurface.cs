using Microsoft.EntityFrameworkCore.Migrations;
using Portal.BuildingBlocks.Contracts.Messaging;
using Portal.Modules.Identity;
using Portal.Modules.Identity.Application.Maintenance.PurgeExpiredAccess;
using Portal.Modules.Identity.Contracts.Customers;

// Public-surface canaries: a fake module "Probe" rooted here, and a fake host page.
namespace Portal.Tests.Architecture.Canaries.PublicSurface;

/// <summary>Allowed: the module's installer, the one public type of its implementation.</summary>
public static class ProbeModule
{
    public static string Name => "Probe";
}

/// <summary>Violation: a command left public in the implementation instead of its *.Contracts.</summary>
public sealed record PublicProbeQuery(string Id) : IQuery<string>;

/// <summary>Violation: a public static class that is not the installer (wrong name).</summary>
public static class ProbeHelpers
{
    public static string Name => "helpers";
}

/// <summary>Allowed: an internal command stays inside the module.</summary>
internal sealed record InternalProbeQuery(string Id) : IQuery<string>;

/// <summary>Allowed: EF Core generates migrations public.</summary>
public sealed class ProbeMigration : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("SELECT 1");
}

/// <summary>Violation: a host page reaching a module's internal command.</summary>
internal sealed class HostPageSendingAnInternalCommand
{
    public object Command { get; } = new PurgeExpiredAccessCommand();
}

/// <summary>Allowed: a host page using a contract and the installer.</summary>
internal sealed class HostPageSendingAContractCommand
{
    public Type Installer { get; } = typeof(IdentityModule);

    public CreateCustomerCommand? Command { get; init; }
}
