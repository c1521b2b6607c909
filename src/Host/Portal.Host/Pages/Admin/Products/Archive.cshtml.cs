namespace Portal.Host.Pages.Admin.Products;

/// <summary>
/// The confirmation step before a product is taken off sale, or put back on it: the same page either
/// way, by the product's state. The form says which state it asks for, so a second submission (a
/// reload, a second tab) repeats it instead of undoing it.
/// </summary>
public sealed class ArchiveModel(ISender sender) : AdminPageModel
{
    public override AdminSection Section => AdminSection.Products;

    public override string ModeSwitchPath => "/admin/products";

    public ProductDto Product { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string productId, CancellationToken cancellationToken)
    {
        if (await sender.FindAsync(new GetProductQuery(BusinessId, Mode, productId), cancellationToken) is not { } product)
        {
            return NotFound();
        }

        Product = product;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string productId, bool archived, CancellationToken cancellationToken)
    {
        if (await sender.FindAsync(new GetProductQuery(BusinessId, Mode, productId), cancellationToken) is not { } product)
        {
            return NotFound();
        }

        product = await sender.SendAsync(new ArchiveProductCommand(BusinessId, Mode, product.Id, archived), cancellationToken);
        ListNotice.Set(TempData, archived ? "Products.ArchivedDone" : "Products.UnarchivedDone", product.Name);
        return Redirect(AdminHref("/admin/products"));
    }
}
