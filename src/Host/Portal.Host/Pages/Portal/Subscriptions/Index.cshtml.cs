namespace Portal.Host.Pages.Portal.Subscriptions;

/// <summary>
/// The customer's subscriptions, <see cref="PageSize"/> to a page: the current ones (active, pending, on hold)
/// first (on hold before the others), then the past ones, each newest first.
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
        PageNumber = PageNumbers.Requested(Request);
        var page = await sender.QueryAsync(
            new ListCustomerSubscriptionsQuery(customer.BusinessId, HttpContext.GetMode(), customer.CustomerId, PageNumber - 1, PageSize), cancellationToken);
        IsEmpty = page.TotalCount == 0;
        HasNext = page.TotalCount > PageNumber * PageSize;
        Current = [.. page.Items.Where(s => s.IsCurrent)];
        Past = [.. page.Items.Where(s => !s.IsCurrent)];
        return Page();
    }
}
