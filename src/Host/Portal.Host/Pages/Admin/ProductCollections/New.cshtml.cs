namespace Portal.Host.Pages.Admin.ProductCollections;

/// <summary>A new collection in the mode shown, from the products on sale.</summary>
public sealed class NewModel(ISender sender) : CollectionFormPage(sender)
{
    public override string FormAction => AdminHref("/admin/product-collections/new");

    public Task OnGetAsync(CancellationToken cancellationToken) => LoadCatalogueAsync(freshRows: true, cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var collection = await SaveAsync(cancellationToken);
        return collection is null ? Page() : SavedRedirect(collection, "Collections.Created");
    }
}
