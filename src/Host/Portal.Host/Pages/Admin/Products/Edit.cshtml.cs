namespace Portal.Host.Pages.Admin.Products;

/// <summary>
/// Changes a product for new purchases; existing subscriptions keep the price of their day. Kind and
/// currency are shown, not asked: they cannot change. Another business's product, or one of the other
/// mode, is a plain 404.
/// </summary>
public sealed class EditModel(ISender sender) : ProductFormPage(sender)
{
    // A product belongs to one mode: switching mode goes back to that mode's list.
    public override string ModeSwitchPath => "/admin/products";

    public override string FormAction => AdminHref("/admin/products/" + Product!.Id);

    public async Task<IActionResult> OnGetAsync(string productId, CancellationToken cancellationToken)
    {
        Product = await Sender.FindAsync(new GetProductQuery(BusinessId, Mode, productId), cancellationToken);
        if (Product is null)
        {
            return NotFound();
        }

        Form = ProductForm.From(Product);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string productId, CancellationToken cancellationToken)
    {
        Product = await Sender.FindAsync(new GetProductQuery(BusinessId, Mode, productId), cancellationToken);
        if (Product is null)
        {
            return NotFound();
        }

        (Form.Kind, Form.Currency) = (Wire.Name(Product.Kind), Product.Currency);
        var product = await SaveAsync(input => Sender.SendAsync(new UpdateProductCommand(BusinessId, Mode, Product.Id, input), cancellationToken));
        return product is null ? Page() : SavedRedirect(product, "Products.Saved");
    }
}
