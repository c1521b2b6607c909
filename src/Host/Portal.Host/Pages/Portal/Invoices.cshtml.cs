using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.BuildingBlocks.Application.Messaging;
using Portal.BuildingBlocks.Web;
using Portal.Host.Pages.Shared;
using Portal.Modules.Billing.Application.Payments.ListTransactions;

namespace Portal.Host.Pages.Portal;

/// <summary>Invoice history: every payment, succeeded or not, with a download for each invoice; paged.</summary>
public sealed class InvoicesModel(ISender sender) : PageModel
{
    public const int PageSize = 20;

    /// <summary>The page shown, from 1 as people count.</summary>
    public int PageNumber { get; private set; } = 1;

    public TransactionPage Transactions { get; private set; } = null!;

    public string BusinessName { get; private set; } = string.Empty;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (PortalCustomer.From(User) is not { } customer)
        {
            return RedirectToPage("/Portal/Businesses");
        }

        // Read by hand: "page" is also Razor Pages' own route value, which model binding would see instead.
        PageNumber = int.TryParse(Request.Query["page"], NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? Math.Clamp(number, 1, 100_000) : 1;
        BusinessName = (await PortalBranding.ApplyAsync(this, sender, customer, cancellationToken)).BusinessName;
        Transactions = await sender.QueryAsync(
            new ListTransactionsQuery(customer.BusinessId, HttpContext.GetMode(), customer.CustomerId, PageNumber - 1, PageSize), cancellationToken);
        return Page();
    }
}
