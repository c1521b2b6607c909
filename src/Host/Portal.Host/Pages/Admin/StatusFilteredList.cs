namespace Portal.Host.Pages.Admin;

/// <summary>
/// A list of the business's records in the mode shown, newest first, 25 a page, of every status or of one
/// (<c>?status=</c>; one the list does not know is 422 with the form's message), each row naming its customer.
/// </summary>
public abstract class StatusFilteredList<TItem>(ISender sender) : AdminPageModel
{
    public const int PageSize = 25;

    protected ISender Sender => sender;

    /// <summary>The list's address: its pages, and the mode switch, which starts a fresh list.</summary>
    protected abstract string ListPath { get; }

    public sealed override string ModeSwitchPath => ListPath;

    /// <summary>The status asked for as typed (trimmed), or null for all.</summary>
    public string? Status { get; private set; }

    public bool StatusInvalid { get; private set; }

    public IReadOnlyList<TItem> Items { get; private set; } = [];

    public PagerLinks Pager { get; private set; } = null!;

    /// <summary>Customer id → name, for the rows shown.</summary>
    public IReadOnlyDictionary<string, string> CustomerNames { get; private set; } = new Dictionary<string, string>();

    /// <summary>Whether <paramref name="status"/> is one the list filters by (and takes note of it).</summary>
    protected abstract bool Accepts(string status);

    /// <summary>One page of the list (<paramref name="pageNumber"/> from 0) of <see cref="Status"/>.</summary>
    protected abstract Task<IReadOnlyList<TItem>> ReadAsync(int pageNumber, int pageSize, CancellationToken cancellationToken);

    protected abstract string CustomerIdOf(TItem item);

    /// <summary>What the page shows beside the list, read whatever the status asked (nothing by default).</summary>
    protected virtual Task LoadBesideAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var status = Request.Query["status"].ToString().Trim();
        Status = status.Length == 0 ? null : status;
        await LoadBesideAsync(cancellationToken);
        var page = PagerLinks.PageFrom(Request.Query);
        Pager = new PagerLinks(page, false, number => AdminHref(ListPath, ("status", Status), ("page", PagerLinks.PageValue(number))));
        if (Status is not null && !Accepts(Status))
        {
            StatusInvalid = true;
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }

        Items = await ReadAsync(page - 1, PageSize, cancellationToken);
        Pager = Pager with { HasNext = await PagerLinks.HasNextAsync(Items.Count, page, PageSize, (n, size) => ReadAsync(n, size, cancellationToken)) };
        var contacts = await sender.QueryAsync(
            new GetCustomerContactsQuery(BusinessId.Value, Mode, [.. Items.Select(CustomerIdOf).Distinct(StringComparer.Ordinal)]), cancellationToken);
        CustomerNames = contacts.ToDictionary(c => c.Key, c => c.Value.CustomerName, StringComparer.Ordinal);
        return Page();
    }
}
