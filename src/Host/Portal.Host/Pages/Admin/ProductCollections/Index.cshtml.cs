namespace Portal.Host.Pages.Admin.ProductCollections;

/// <summary>Catalogue → Product collections: the mode's collections, newest first, each with its tiers.</summary>
public sealed class IndexModel(ISender sender) : AdminListPage<ProductCollectionDto>
{
    public override AdminSection Section => AdminSection.ProductCollections;

    protected override string ListPath => "/admin/product-collections";

    public Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        ShowPageAsync((page, size) => sender.QueryAsync(new ListProductCollectionsQuery(BusinessId, Mode, page, size), cancellationToken));
}
