using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.BuildingBlocks.Application.Messaging;
using Portal.BuildingBlocks.Web;
using Portal.Host.Pages.Shared;
using Portal.Modules.Subscriptions.Application.Subscriptions;

namespace Portal.Host.Pages.Portal.Subscriptions;

/// <summary>The customer's subscriptions: the current ones (active, pending, on hold) first, then the past ones.</summary>
public sealed class IndexModel(ISender sender) : PageModel
{
    public IReadOnlyList<SubscriptionDto> Current { get; private set; } = [];

    public IReadOnlyList<SubscriptionDto> Past { get; private set; } = [];

    public string BusinessName { get; private set; } = string.Empty;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (PortalCustomer.From(User) is not { } customer)
        {
            return RedirectToPage("/Portal/Businesses");
        }

        BusinessName = (await PortalBranding.ApplyAsync(this, sender, customer, cancellationToken)).BusinessName;
        var all = await CustomerSubscriptions.ListAsync(sender, customer, HttpContext.GetMode(), cancellationToken);
        Current = [.. all.Where(s => s.IsCurrent)];
        Past = [.. all.Where(s => !s.IsCurrent)];
        return Page();
    }
}
