using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Portal.BuildingBlocks.Infrastructure.Persistence;

// Rule 8 canaries: module DbContexts built through design-time factories, as the real ones are.
namespace Portal.Tests.Architecture.Canaries.Schemas;

/// <summary>Violation: shares its schema with <see cref="AuditCanaryDbContext"/>.</summary>
internal sealed class LedgerCanaryDbContext(DbContextOptions<LedgerCanaryDbContext> options) : ModuleDbContext(options, null, null)
{
    public const string SchemaName = "canary_shared";

    public override string Schema => SchemaName;
}

internal sealed class LedgerCanaryDbContextFactory : IDesignTimeDbContextFactory<LedgerCanaryDbContext>
{
    public LedgerCanaryDbContext CreateDbContext(string[] args) => new(DesignTimeOptions.For<LedgerCanaryDbContext>(LedgerCanaryDbContext.SchemaName));
}

/// <summary>Violation: shares its schema with <see cref="LedgerCanaryDbContext"/>.</summary>
internal sealed class AuditCanaryDbContext(DbContextOptions<AuditCanaryDbContext> options) : ModuleDbContext(options, null, null)
{
    public const string SchemaName = "canary_shared";

    public override string Schema => SchemaName;
}

internal sealed class AuditCanaryDbContextFactory : IDesignTimeDbContextFactory<AuditCanaryDbContext>
{
    public AuditCanaryDbContext CreateDbContext(string[] args) => new(DesignTimeOptions.For<AuditCanaryDbContext>(AuditCanaryDbContext.SchemaName));
}

/// <summary>Violation: declares no schema.</summary>
internal sealed class SchemalessCanaryDbContext(DbContextOptions<SchemalessCanaryDbContext> options) : ModuleDbContext(options, null, null)
{
    public override string Schema => string.Empty;
}

internal sealed class SchemalessCanaryDbContextFactory : IDesignTimeDbContextFactory<SchemalessCanaryDbContext>
{
    public SchemalessCanaryDbContext CreateDbContext(string[] args) => new(DesignTimeOptions.For<SchemalessCanaryDbContext>("canary_schemaless"));
}

/// <summary>Violation: declares one schema, but its model and migrations history live elsewhere.</summary>
internal sealed class StrayCanaryDbContext(DbContextOptions<StrayCanaryDbContext> options) : ModuleDbContext(options, null, null)
{
    public override string Schema => "canary_stray";

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.HasDefaultSchema("public");
    }
}

internal sealed class StrayCanaryDbContextFactory : IDesignTimeDbContextFactory<StrayCanaryDbContext>
{
    public StrayCanaryDbContext CreateDbContext(string[] args) => new(DesignTimeOptions.For<StrayCanaryDbContext>("public"));
}

/// <summary>Allowed: its own schema, used by its model and its migrations history.</summary>
internal sealed class OwnSchemaCanaryDbContext(DbContextOptions<OwnSchemaCanaryDbContext> options) : ModuleDbContext(options, null, null)
{
    public const string SchemaName = "canary_own";

    public override string Schema => SchemaName;
}

internal sealed class OwnSchemaCanaryDbContextFactory : IDesignTimeDbContextFactory<OwnSchemaCanaryDbContext>
{
    public OwnSchemaCanaryDbContext CreateDbContext(string[] args) => new(DesignTimeOptions.For<OwnSchemaCanaryDbContext>(OwnSchemaCanaryDbContext.SchemaName));
}
