using Portal.BuildingBlocks.Contracts;
using Portal.BuildingBlocks.Contracts.Messaging;
using Portal.BuildingBlocks.Domain;

namespace Portal.Modules.Subscriptions.Application.Products.ListProducts;

/// <summary>A business's products in one mode, newest first; <paramref name="Recurring"/> filters by kind.</summary>
public sealed record ListProductsQuery(BusinessId BusinessId, Mode Mode, bool? Recurring, bool IncludeArchived, int PageNumber, int PageSize)
    : IQuery<IReadOnlyList<ProductDto>>;
