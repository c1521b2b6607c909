using Portal.Modules.Billing.Contracts.Invoices;

namespace Portal.Host.Pages.Portal;

/// <summary>
/// The unified billing history: every payment and refund at every business of the signed-in email, newest first,
/// 20 a page, each invoice downloadable without opening its business. Only a unified session gets here, and only
/// the businesses of its email are read or downloaded from; anything else is a 404.
/// </summary>
public sealed class HistoryModel(ISender sender) : PageModel
{
    public const int PageSize = 20;

    /// <summary>Counted from 1 in the address, as people count pages.</summary>
    [BindProperty(SupportsGet = true, Name = "page")]
    public int PageNumber { get; set; } = 1;

    public TransactionPage Transactions { get; private set; } = new([], 0, false);

    /// <summary>The email's businesses, by id: each row's name and colour.</summary>
    public IReadOnlyDictionary<string, CustomerBusinessDto> Businesses { get; private set; } = new Dictionary<string, CustomerBusinessDto>();

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadBusinessesAsync(cancellationToken))
        {
            return RedirectToPage("/Portal/Index");
        }

        PageNumber = Math.Max(PageNumber, 1);
        Transactions = await sender.QueryAsync(
            new ListUnifiedTransactionsQuery(HttpContext.GetMode(), CustomerBusinessDto.CustomersOf(Businesses.Values), PageNumber - 1, PageSize), cancellationToken);
        return Page();
    }

    /// <summary>An invoice of one of the email's businesses, in the page's language.</summary>
    public async Task<IActionResult> OnGetPdfAsync(string? business, string? payment, CancellationToken cancellationToken)
    {
        if (!await LoadBusinessesAsync(cancellationToken))
        {
            return RedirectToPage("/Portal/Index");
        }

        if (business is null || !Businesses.TryGetValue(business, out var customer))
        {
            return NotFound();
        }

        var pdf = await sender.QueryAsync(
            new GetInvoicePdfQuery(customer.BusinessId, HttpContext.GetMode(), payment ?? string.Empty, customer.CustomerId, PageLanguage.Current), cancellationToken);
        Response.Headers.CacheControl = "no-store";
        return File(pdf.Content, "application/pdf", pdf.FileName);
    }

    private async Task<bool> LoadBusinessesAsync(CancellationToken cancellationToken)
    {
        if (PortalPrincipal.UnifiedEmail(User) is not { } email)
        {
            return false;
        }

        Businesses = (await sender.QueryAsync(new ListCustomerBusinessesQuery(HttpContext.GetMode(), email), cancellationToken))
            .ToDictionary(b => b.BusinessId.Value);
        return true;
    }
}
