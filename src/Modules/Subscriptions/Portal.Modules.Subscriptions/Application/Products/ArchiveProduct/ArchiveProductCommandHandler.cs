using Portal.Modules.Subscriptions.Application.Abstractions;

namespace Portal.Modules.Subscriptions.Application.Products.ArchiveProduct;

internal sealed class ArchiveProductCommandHandler(ISubscriptionsDbContext db, TimeProvider time) : ICommandHandler<ArchiveProductCommand, ProductDto>
{
    public async Task<ProductDto> Handle(ArchiveProductCommand command, CancellationToken cancellationToken)
    {
        var product = await ProductFinder.FindAsync(db.Products, command.BusinessId, command.Mode, command.ProductId, cancellationToken);
        product.Archive(command.Archived, time.GetUtcNow());
        return ProductMapping.ToDto(product);
    }
}
