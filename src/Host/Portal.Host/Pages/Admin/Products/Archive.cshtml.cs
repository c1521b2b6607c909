using Microsoft.AspNetCore.Mvc;
using Portal.BuildingBlocks.Application.Messaging;
using Portal.BuildingBlocks.Domain;
using Portal.Modules.Subscriptions.Application.Products;
using Portal.Modules.Subscriptions.Application.Products.ArchiveProduct;
using Portal.Modules.Subscriptions.Application.Products.GetProduct;

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

    public async Task<IActionResult> OnGetAsync(string productId, CancellationToken cancellationToken) =>
        await LoadAsync(productId, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(string productId, bool archived, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(productId, cancellationToken))
        {
            return NotFound();
        }

        var product = await sender.SendAsync(new ArchiveProductCommand(BusinessId, Mode, Product.Id, archived), cancellationToken);
        TempData[nameof(IndexModel.Notice)] = archived ? "Products.ArchivedDone" : "Products.UnarchivedDone";
        TempData[nameof(IndexModel.NoticeName)] = product.Name;
        return Redirect(AdminHref("/admin/products"));
    }

    private async Task<bool> LoadAsync(string productId, CancellationToken cancellationToken)
    {
        try
        {
            Product = await sender.QueryAsync(new GetProductQuery(BusinessId, Mode, productId), cancellationToken);
            return true;
        }
        catch (DomainException exception) when (exception.Error.Kind == ErrorKind.NotFound)
        {
            return false;
        }
    }
}
