using Portal.Modules.Subscriptions.Application.Abstractions;

namespace Portal.Modules.Subscriptions.Application.Products.GetProduct;

internal sealed class GetProductQueryHandler(ISubscriptionsDbContext db) : IQueryHandler<GetProductQuery, ProductDto>
{
    public async Task<ProductDto> Handle(GetProductQuery query, CancellationToken cancellationToken) =>
        ProductMapping.ToDto(await ProductFinder.FindAsync(db.Products.AsNoTracking(), query.BusinessId, query.Mode, query.ProductId, cancellationToken));
}
