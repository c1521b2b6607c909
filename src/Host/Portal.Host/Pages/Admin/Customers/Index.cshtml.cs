namespace Portal.Host.Pages.Admin.Customers;

/// <summary>Sales → Customers: the business's customers in the mode shown, searchable by email or name, 25 a page.</summary>
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

        return Page();
    }

    public string PageHref(int page) =>
        AdminHref("/admin/customers", ("q", Search), ("page", page == 1 ? null : page.ToString(CultureInfo.InvariantCulture)));
}
