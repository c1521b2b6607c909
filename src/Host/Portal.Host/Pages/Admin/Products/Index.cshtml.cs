namespace Portal.Host.Pages.Admin.Products;

/// <summary>Catalogue → Products: every product of the mode shown, newest first, the archived ones badged.</summary>
public sealed class IndexModel(ISender sender) : AdminListPage<ProductDto>
{
    public override AdminSection Section => AdminSection.Products;

    protected override string ListPath => "/admin/products";

    public Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        ShowPageAsync((page, size) => sender.QueryAsync(new ListProductsQuery(BusinessId, Mode, null, null, page, size), cancellationToken));
}
