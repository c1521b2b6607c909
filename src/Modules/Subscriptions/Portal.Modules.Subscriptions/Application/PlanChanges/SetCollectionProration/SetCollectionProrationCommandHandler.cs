using Portal.Modules.Subscriptions.Application.Abstractions;

namespace Portal.Modules.Subscriptions.Application.PlanChanges.SetCollectionProration;

internal sealed class SetCollectionProrationCommandHandler(ISubscriptionsDbContext db, TimeProvider time)
    : ICommandHandler<SetCollectionProrationCommand, CollectionProrationDto>
{
    public async Task<CollectionProrationDto> Handle(SetCollectionProrationCommand command, CancellationToken cancellationToken)
    {
        var collection = PrefixedId.TryParse<ProductCollectionId>(command.CollectionId, out var id)
            ? await db.ProductCollections.FirstOrDefaultAsync(c => c.Id == id && c.BusinessId == command.BusinessId && c.Mode == command.Mode, cancellationToken)
            : null;
        if (collection is null)
        {
            throw new DomainException(Error.NotFound("Product collection not found."));
        }

        collection.OverrideProration(Optional(command.UpgradeProrationMode), Optional(command.DowngradeProrationMode), time.GetUtcNow());
        return new CollectionProrationDto(
            collection.UpgradeMode is { } up ? Wire.Name(up) : null, collection.DowngradeMode is { } down ? Wire.Name(down) : null);
    }

    private static ProrationMode? Optional(string? word) => string.IsNullOrWhiteSpace(word) ? null : ProrationModes.Parse(word);
}
