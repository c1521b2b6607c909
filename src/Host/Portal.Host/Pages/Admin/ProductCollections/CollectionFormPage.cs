namespace Portal.Host.Pages.Admin.ProductCollections;

/// <summary>
/// What the new-collection and edit-collection pages share: the products offered as tiers (those on
/// sale, and archived ones already in the collection), which other collection holds each, and saving
/// through the one command. A refused form answers 422 (409 when a product is in another collection)
/// and saves nothing.
/// </summary>
public abstract class CollectionFormPage(ISender sender) : AdminPageModel
{
    private const int ReadPageSize = 100;

    public override AdminSection Section => AdminSection.ProductCollections;

    [BindProperty]
    public CollectionForm Form { get; set; } = new();

    public FormErrors Errors { get; } = new();

    /// <summary>The collection edited; null on the new-collection page.</summary>
    public ProductCollectionDto? Collection { get; protected set; }

    /// <summary>Every product of the mode shown, by id.</summary>
    public IReadOnlyDictionary<string, ProductDto> Catalogue { get; private set; } = new Dictionary<string, ProductDto>();

    /// <summary>The name of the other collection each product is in, by product id.</summary>
    public IReadOnlyDictionary<string, string> ElsewhereIn { get; private set; } = new Dictionary<string, string>();

    public abstract string FormAction { get; }

    protected ISender Sender => sender;

    /// <summary>Reads the products and the other collections; with <paramref name="freshRows"/>, offers them as unticked rows after the collection's own tiers.</summary>
    protected async Task LoadCatalogueAsync(bool freshRows, CancellationToken cancellationToken)
    {
        var products = await AllAsync(page => new ListProductsQuery(BusinessId, Mode, null, null, page, ReadPageSize), cancellationToken);
        var collections = await AllAsync(page => new ListProductCollectionsQuery(BusinessId, Mode, page, ReadPageSize), cancellationToken);
        Catalogue = products.ToDictionary(p => p.Id, StringComparer.Ordinal);
        ElsewhereIn = collections
            .Where(c => c.Id != Collection?.Id)
            .SelectMany(c => c.Products.Select(p => (ProductId: p.Id, c.Name)))
            .DistinctBy(x => x.ProductId) // should two saves ever race a product into two collections, the page still opens
            .ToDictionary(x => x.ProductId, x => x.Name, StringComparer.Ordinal);
        if (freshRows)
        {
            var own = Collection?.Products.Select(p => p.Id).ToList() ?? [];
            Form.Rows =
            [
                .. own.Select((id, index) => new TierRow { ProductId = id, Included = true, Tier = (index + 1).ToString(CultureInfo.InvariantCulture) }),
                .. products.Where(p => !p.IsArchived && !own.Contains(p.Id)).Select(p => new TierRow { ProductId = p.Id }),
            ];
        }
        else
        {
            // A row naming a product that is not this business's in this mode is dropped: never shown, never sent.
            Form.Rows = [.. Form.Rows.Where(r => Catalogue.ContainsKey(r.ProductId))];
        }
    }

    /// <summary>Saves the collection; null, with the page's errors and status set, when refused.</summary>
    protected async Task<ProductCollectionDto?> SaveAsync(CancellationToken cancellationToken)
    {
        await LoadCatalogueAsync(freshRows: false, cancellationToken);
        var tiers = Form.TiersInOrder(Errors);
        if (tiers is not null)
        {
            try
            {
                return await sender.SendAsync(
                    new SaveProductCollectionCommand(BusinessId, Mode, Collection?.Id, Form.Name, Form.Description, tiers), cancellationToken);
            }
            catch (DomainException exception) when (exception.Error.Kind == ErrorKind.Conflict)
            {
                var taken = tiers.FirstOrDefault(ElsewhereIn.ContainsKey);
                if (taken is null)
                {
                    Errors.Add(CollectionForm.Fields.Products, "Collections.Error.Other", exception.Error.Message);
                }
                else
                {
                    Errors.Add(CollectionForm.Fields.Products, "Collections.Error.PRODUCT_IN_ANOTHER_COLLECTION", Catalogue[taken].Name, ElsewhereIn[taken]);
                }

                Response.StatusCode = StatusCodes.Status409Conflict;
                return null;
            }
            catch (DomainException exception) when (exception.Error.Kind is ErrorKind.Validation or ErrorKind.Unprocessable or ErrorKind.NotFound)
            {
                switch (exception.Error.Code)
                {
                    case "INVALID_COLLECTION_NAME":
                        Errors.Add(CollectionForm.Fields.Name, "Collections.Error.INVALID_COLLECTION_NAME");
                        break;
                    case "INVALID_COLLECTION_PRODUCTS":
                        Errors.Add(CollectionForm.Fields.Products, "Collections.Error.INVALID_COLLECTION_PRODUCTS");
                        break;
                    case "NOT_FOUND":
                        Errors.Add(CollectionForm.Fields.Products, "Collections.Error.NOT_FOUND");
                        break;
                    default:
                        Errors.Add(CollectionForm.Fields.Products, "Collections.Error.Other", exception.Error.Message);
                        break;
                }
            }
        }

        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return null;
    }

    protected IActionResult SavedRedirect(ProductCollectionDto collection, string notice)
    {
        ListNotice.Set(TempData, notice, collection.Name);
        return Redirect(AdminHref("/admin/product-collections"));
    }

    private async Task<List<T>> AllAsync<T>(Func<int, IQuery<IReadOnlyList<T>>> page, CancellationToken cancellationToken)
    {
        var all = new List<T>();
        for (var number = 0; ; number++)
        {
            var rows = await sender.QueryAsync(page(number), cancellationToken);
            all.AddRange(rows);
            if (rows.Count < ReadPageSize)
            {
                return all;
            }
        }
    }
}
