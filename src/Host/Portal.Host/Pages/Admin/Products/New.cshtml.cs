namespace Portal.Host.Pages.Admin.Products;

/// <summary>A new product in the mode shown: its kind and currency are chosen here once and for all.</summary>
public sealed class NewModel(ISender sender) : ProductFormPage(sender)
{
    public override string FormAction => AdminHref("/admin/products/new");

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var product = await SaveAsync(input => Sender.SendAsync(new CreateProductCommand(BusinessId, Mode, input), cancellationToken));
        return product is null ? Page() : SavedRedirect(product, "Products.CreatedDone");
    }
}
