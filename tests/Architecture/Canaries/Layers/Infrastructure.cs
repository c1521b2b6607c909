using Microsoft.EntityFrameworkCore;

// Rule 4 canaries: the Infrastructure.Persistence of the fake module.
namespace Portal.Tests.Architecture.Canaries.Layers.Infrastructure.Persistence;

internal sealed class LayersCanaryDbContext(DbContextOptions<LayersCanaryDbContext> options) : DbContext(options);
