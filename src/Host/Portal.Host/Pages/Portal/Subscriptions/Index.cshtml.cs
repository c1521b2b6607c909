using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.BuildingBlocks.Application.Messaging;
using Portal.BuildingBlocks.Web;
using Portal.Host.Pages.Shared;
using Portal.Modules.Subscriptions.Application.Subscriptions;

namespace Portal.Host.Pages.Portal.Subscriptions;

/// <summary>
/// The customer's subscriptions, <see cref="PageSize"/> to a page: the current ones (active, pending, on hold)
/// first, then the past ones, each newest first.
/// </summary>
public sealed class IndexModel(ISender sender) : PageModel
{
    public const int PageSize = 20;

    public IReadOnlyList<SubscriptionDto> Current { get; private set; } = [];

    public IReadOnlyList<SubscriptionDto> Past { get; private set; } = [];

    public string BusinessName { get; private set; } = string.Empty;

    /// <summary>From 1, as people count.</summary>
    public int PageNumber { get; private set; } = 1;

    public bool HasNext { get; private set; }

    /// <summary>The customer has none at all (not merely none on a page past the end).</summary>
    public bool IsEmpty { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (PortalCustomer.From(User) is not { } customer)
        {
            return RedirectToPage("/Portal/Businesses");
        }

        BusinessName = (await PortalBranding.ApplyAsync(this, sender, customer, cancellationToken)).BusinessName;
        var all = await CustomerSubscriptions.ListAsync(sender, customer, HttpContext.GetMode(), cancellationToken);
        PageNumber = PageNumbers.Requested(Request);
        var shown = all.Skip((PageNumber - 1) * PageSize).Take(PageSize).ToList();
        IsEmpty = all.Count == 0;
        HasNext = all.Count > PageNumber * PageSize;
        Current = [.. shown.Where(s => s.IsCurrent)];
        Past = [.. shown.Where(s => !s.IsCurrent)];
        return Page();
    }
}
