using Microsoft.EntityFrameworkCore;
using Portal.BuildingBlocks.Application.Messaging;
using Portal.Tests.Architecture.Canaries.Layers.Application;
using Portal.Tests.Architecture.Canaries.Layers.Infrastructure.Persistence;
using Portal.Tests.Architecture.Canaries.Messages;

// Rule 4 canaries: the Endpoints of the fake module.
namespace Portal.Tests.Architecture.Canaries.Layers.Endpoints;

/// <summary>Violation: an endpoint reading the module's DbContext.</summary>
internal static class EndpointThatReadsTheModuleDbContext
{
    public static Task<bool> AnyAsync(LayersCanaryDbContext db) => db.Database.CanConnectAsync();
}

/// <summary>Violation: an endpoint taking any EF Core DbContext.</summary>
internal static class EndpointThatTakesAnyDbContext
{
    public static int Tracked(DbContext db) => db.ChangeTracker.Entries().Count();
}

/// <summary>Violation: an endpoint using the module's DbContext interface instead of a query.</summary>
internal static class EndpointThatUsesTheDbContextInterface
{
    public static int Count(ILayersCanaryDbContext db) => db.Invoices.Count();
}

/// <summary>Allowed: an endpoint that sends a command.</summary>
internal static class CleanEndpoint
{
    public static Task<MediatR.Unit> RecordAsync(ISender sender, CancellationToken ct) => sender.SendAsync(new GoodCommand("x"), ct);
}
