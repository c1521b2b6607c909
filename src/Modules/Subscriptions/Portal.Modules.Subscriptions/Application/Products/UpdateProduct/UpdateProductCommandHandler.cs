using Portal.Modules.Subscriptions.Application.Abstractions;

namespace Portal.Modules.Subscriptions.Application.Products.UpdateProduct;

internal sealed class UpdateProductCommandHandler(ISubscriptionsDbContext db, TimeProvider time) : ICommandHandler<UpdateProductCommand, ProductDto>
{
    public async Task<ProductDto> Handle(UpdateProductCommand command, CancellationToken cancellationToken)
    {
        var product = await ProductFinder.FindAsync(db.Products, command.BusinessId, command.Mode, command.ProductId, cancellationToken);
        product.Update(ProductMapping.ToDefinition(command.Product), time.GetUtcNow());
        return ProductMapping.ToDto(product);
    }
}
