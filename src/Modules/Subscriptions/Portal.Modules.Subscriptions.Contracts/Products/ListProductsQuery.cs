namespace Portal.Modules.Subscriptions.Contracts.Products;

/// <summary>
/// A business's products in one mode, newest first. <paramref name="Recurring"/> filters by kind;
/// <paramref name="Archived"/> true lists only archived products, false only those on sale (Dodo's
/// <c>archived</c> parameter), null both (the merchant's own list, which badges the archived ones).
/// </summary>
public sealed record ListProductsQuery(BusinessId BusinessId, Mode Mode, bool? Recurring, bool? Archived, int PageNumber, int PageSize)
    : IQuery<IReadOnlyList<ProductDto>>, IPagedQuery;
