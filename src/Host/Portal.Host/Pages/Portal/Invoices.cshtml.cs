using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.BuildingBlocks.Application;
using Portal.BuildingBlocks.Application.Messaging;
using Portal.BuildingBlocks.Domain;
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

    /// <summary>The amount as the customer reads it; a refund is money coming back, shown negative.</summary>
    public static string Amount(TransactionDto transaction) =>
        MoneyText.Format(new Money(transaction.IsRefund ? -transaction.Total : transaction.Total, Currency.Of(transaction.Currency)), CultureInfo.CurrentUICulture);

    public static string Brand(string brand) => brand.Length == 0 ? brand : char.ToUpperInvariant(brand[0]) + brand[1..];
}
