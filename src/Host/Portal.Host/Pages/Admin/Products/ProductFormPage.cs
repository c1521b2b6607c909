namespace Portal.Host.Pages.Admin.Products;

/// <summary>
/// What the new-product and edit-product pages share: the form, its errors, and saving through a
/// command whose refusals become messages beside the fields. A refused form answers 422 and saves nothing.
/// </summary>
public abstract class ProductFormPage(ISender sender) : AdminPageModel
{
    public override AdminSection Section => AdminSection.Products;

    [BindProperty]
    public ProductForm Form { get; set; } = new();

    public FormErrors Errors { get; } = new();

    /// <summary>The product edited; null on the new-product page.</summary>
    public ProductDto? Product { get; protected set; }

    /// <summary>Where the form posts, in the mode shown.</summary>
    public abstract string FormAction { get; }

    protected ISender Sender => sender;

    /// <summary>Reads the form and sends the command it makes; null, with the page's errors set, when refused.</summary>
    protected async Task<ProductDto?> SaveAsync(Func<ProductInput, Task<ProductDto>> send)
    {
        if (Form.ToInput(Errors) is { } input)
        {
            try
            {
                return await send(input);
            }
            catch (DomainException exception) when (exception.Error.Kind is ErrorKind.Validation or ErrorKind.Unprocessable)
            {
                var field = ProductForm.FieldOf(exception.Error.Code);
                if (field == ProductForm.Fields.Form)
                {
                    Errors.Add(field, "Products.Error.Other", exception.Error.Message);
                }
                else
                {
                    Errors.Add(field, "Products.Error." + exception.Error.Code);
                }
            }
        }

        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return null;
    }

    protected IActionResult SavedRedirect(ProductDto product, string notice)
    {
        ListNotice.Set(TempData, notice, product.Name);
        return Redirect(AdminHref("/admin/products"));
    }
}
