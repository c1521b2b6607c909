namespace Portal.Host.Pages.Admin.Customers;

/// <summary>Sales → Customers: the business's customers in the mode shown, searchable by email or name, 25 a page, and a form to add one.</summary>
public sealed class IndexModel(ISender sender) : AdminPageModel
{
    public override AdminSection Section => AdminSection.Customers;

    // The mode switch starts a fresh list: a search typed for one mode means little in the other.
    public override string ModeSwitchPath => "/admin/customers";

    public string? Search { get; private set; }

    public CustomerSearchResult? Result { get; private set; }

    public bool SearchInvalid { get; private set; }

    /// <summary>
    /// The query is read by hand: "page" is also the name of Razor Pages' own route value, which model
    /// binding would offer first.
    /// </summary>
    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadListAsync(cancellationToken);
        return Page();
    }

    [BindProperty]
    public string? NewEmail { get; set; }

    [BindProperty]
    public string? NewName { get; set; }

    [BindProperty]
    public string? NewPhone { get; set; }

    /// <summary>The new customer's fields refused, by the id of their input.</summary>
    public FormErrors NewErrors { get; } = new();

    /// <summary>Adds a customer, or opens the one this email already is; a refused field is shown under its input.</summary>
    public async Task<IActionResult> OnPostCreateAsync(CancellationToken cancellationToken)
    {
        try
        {
            var created = await sender.SendAsync(
                new CreateCustomerCommand(BusinessId, Mode, NewEmail ?? string.Empty, NewName ?? string.Empty, NewPhone, null), cancellationToken);
            return Redirect(AdminHref("/admin/customers/" + created.CustomerId.Value));
        }
        catch (ValidationException exception)
        {
            foreach (var field in exception.Errors.Select(e => e.PropertyName).Distinct())
            {
                NewErrors.Add(NewFieldId(field), "Customer.Error." + field);
            }
        }

        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        await LoadListAsync(cancellationToken);
        return Page();
    }

    /// <summary>The id of a new-customer input: <c>new-customer-email</c>.</summary>
    public static string NewFieldId(string field) => "new-customer-" + field.ToLowerInvariant();

    private async Task LoadListAsync(CancellationToken cancellationToken)
    {
        Search = Request.Query["q"].ToString().Trim();
        var page = int.TryParse(Request.Query["page"], NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            ? Math.Clamp(number, 1, SearchCustomersQuery.MaxPage)
            : 1;
        try
        {
            Result = await sender.QueryAsync(new SearchCustomersQuery(BusinessId, Mode, Search, page), cancellationToken);
        }
        catch (ValidationException)
        {
            SearchInvalid = true;
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        }
    }

    public string PageHref(int page) =>
        AdminHref("/admin/customers", ("q", Search), ("page", page == 1 ? null : page.ToString(CultureInfo.InvariantCulture)));
}
