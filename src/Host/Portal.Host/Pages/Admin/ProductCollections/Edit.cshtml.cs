namespace Portal.Host.Pages.Admin.ProductCollections;

/// <summary>
/// Renames a collection or changes its tiers. Another business's collection, or one of the other mode,
/// is a plain 404.
/// </summary>
public sealed class EditModel(ISender sender) : CollectionFormPage(sender)
{
    // A collection belongs to one mode: switching mode goes back to that mode's list.
    public override string ModeSwitchPath => "/admin/product-collections";

    public override string FormAction => AdminHref("/admin/product-collections/" + Collection!.Id);

    public async Task<IActionResult> OnGetAsync(string collectionId, CancellationToken cancellationToken)
    {
        Collection = await Sender.FindAsync(new GetProductCollectionQuery(BusinessId, Mode, collectionId), cancellationToken);
        if (Collection is null)
        {
            return NotFound();
        }

        (Form.Name, Form.Description) = (Collection.Name, Collection.Description);
        await LoadCatalogueAsync(freshRows: true, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string collectionId, CancellationToken cancellationToken)
    {
        Collection = await Sender.FindAsync(new GetProductCollectionQuery(BusinessId, Mode, collectionId), cancellationToken);
        if (Collection is null)
        {
            return NotFound();
        }

        var collection = await SaveAsync(cancellationToken);
        return collection is null ? Page() : SavedRedirect(collection, "Collections.Saved");
    }
}
