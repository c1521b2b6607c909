namespace Portal.Host.Pages.Portal;

/// <summary>Invoice history: every payment, succeeded or not, with a download for each invoice; paged.</summary>
public sealed class InvoicesModel(ISender sender) : PageModel
{
    public const int PageSize = 20;

    public InvoiceHistoryView History { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (PortalCustomer.From(User) is not { } customer)
        {
            return RedirectToPage("/Portal/Businesses");
        }

        var pageNumber = PageNumbers.Requested(Request);
        var businessName = (await PortalBranding.ApplyAsync(this, sender, customer, cancellationToken)).BusinessName;
        var transactions = await sender.QueryAsync(
            new ListTransactionsQuery(customer.BusinessId, HttpContext.GetMode(), customer.CustomerId, pageNumber - 1, PageSize), cancellationToken);
        History = new InvoiceHistoryView(transactions, pageNumber, businessName);
        return Page();
    }
}
