using Portal.Modules.Subscriptions.Application.Abstractions;
using Portal.Modules.Subscriptions.Domain.Products;

namespace Portal.Modules.Subscriptions.Application.Products.CreateProduct;

internal sealed class CreateProductCommandHandler(ISubscriptionsDbContext db, TimeProvider time) : ICommandHandler<CreateProductCommand, ProductDto>
{
    public Task<ProductDto> Handle(CreateProductCommand command, CancellationToken cancellationToken)
    {
        var product = Product.Create(command.BusinessId, command.Mode, ProductMapping.ToDefinition(command.Product), time.GetUtcNow());
        db.Products.Add(product);
        return Task.FromResult(ProductMapping.ToDto(product));
    }
}
