using Portal.Modules.Subscriptions.Application.Abstractions;
using Portal.Modules.Subscriptions.Contracts.ProductCollections;
using Portal.Modules.Subscriptions.Domain.ProductCollections;

namespace Portal.Modules.Subscriptions.Application.ProductCollections.SaveProductCollection;

internal sealed class SaveProductCollectionCommandHandler(ISubscriptionsDbContext db, ProductCollectionReader reader, TimeProvider time)
    : ICommandHandler<SaveProductCollectionCommand, ProductCollectionDto>
{
    public async Task<ProductCollectionDto> Handle(SaveProductCollectionCommand command, CancellationToken cancellationToken)
    {
        var tiers = await TiersAsync(command, cancellationToken);
        var now = time.GetUtcNow();
        ProductCollection collection;
        if (command.CollectionId is null)
        {
            collection = ProductCollection.Create(command.BusinessId, command.Mode, command.Name, command.Description, tiers, now);
            db.ProductCollections.Add(collection);
        }
        else
        {
            collection = PrefixedId.TryParse<ProductCollectionId>(command.CollectionId, out var id)
                && await db.ProductCollections.FirstOrDefaultAsync(c => c.Id == id && c.BusinessId == command.BusinessId && c.Mode == command.Mode, cancellationToken) is { } found
                ? found
                : throw new DomainException(Error.NotFound("Product collection not found."));
            collection.Update(command.Name, command.Description, tiers, now);
        }

        var others = await db.ProductCollections.AsNoTracking()
            .Where(c => c.BusinessId == command.BusinessId && c.Mode == command.Mode && c.Id != collection.Id)
            .ToListAsync(cancellationToken);
        if (others.FirstOrDefault(c => c.ProductIds.Intersect(tiers).Any()) is { } other)
        {
            throw new DomainException(Error.Conflict("PRODUCT_IN_ANOTHER_COLLECTION", $"A product can be in one collection only; one of these is already in '{other.Name}'."));
        }

        return (await reader.ReadAsync([collection], cancellationToken))[0];
    }

    private async Task<List<ProductId>> TiersAsync(SaveProductCollectionCommand command, CancellationToken cancellationToken)
    {
        var tiers = new List<ProductId>();
        foreach (var raw in command.ProductIds)
        {
            tiers.Add(PrefixedId.TryParse<ProductId>(raw, out var id) ? id : throw new DomainException(Error.NotFound("Product not found.")));
        }

        var known = await db.Products.CountAsync(
            p => tiers.Contains(p.Id) && p.BusinessId == command.BusinessId && p.Mode == command.Mode, cancellationToken);
        return known == tiers.Distinct().Count() ? tiers : throw new DomainException(Error.NotFound("Product not found."));
    }
}
