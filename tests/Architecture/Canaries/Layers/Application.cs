using Portal.BuildingBlocks.Application.Persistence;
using Portal.Tests.Architecture.Canaries.Layers.Domain;
using Portal.Tests.Architecture.Canaries.Layers.Endpoints;
using Portal.Tests.Architecture.Canaries.Layers.Infrastructure.Persistence;

// Rule 4 canaries: the Application layer of the fake module.
namespace Portal.Tests.Architecture.Canaries.Layers.Application;

/// <summary>Violation: the application layer using the Infrastructure DbContext itself.</summary>
internal sealed class ServiceThatUsesTheInfrastructureDbContext(LayersCanaryDbContext db)
{
    public LayersCanaryDbContext Db { get; } = db;
}

/// <summary>Violation: the application layer knowing its endpoints.</summary>
internal static class ServiceThatKnowsTheEndpoints
{
    public static Type Endpoints => typeof(EndpointThatTakesAnyDbContext);
}

/// <summary>The module's persistence as the handlers see it (implemented in Infrastructure).</summary>
internal interface ILayersCanaryDbContext : IModuleDbContext
{
    IQueryable<CleanInvoice> Invoices { get; }
}

/// <summary>Allowed: the application layer using its abstraction and its domain.</summary>
internal sealed class RecordInvoiceService(ILayersCanaryDbContext db)
{
    public int Count() => db.Invoices.Count();
}
