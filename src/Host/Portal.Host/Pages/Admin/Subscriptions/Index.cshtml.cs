using Microsoft.AspNetCore.Mvc;
using Portal.BuildingBlocks.Contracts;
using Portal.BuildingBlocks.Application.Messaging;
using Portal.Modules.Identity.Contracts.Customers;
using Portal.Modules.Subscriptions.Contracts.Subscriptions;

namespace Portal.Host.Pages.Admin.Subscriptions;

/// <summary>
/// Sales → Subscriptions: the business's subscriptions in the mode shown, newest first, 25 a page,
/// of every status or of one; each row leads to the subscription and to its customer.
/// </summary>
public sealed class IndexModel(ISender sender) : AdminPageModel
{
    public const int PageSize = 25;

    public override AdminSection Section => AdminSection.Subscriptions;

    // The mode switch starts a fresh list, as the customers list does.
    public override string ModeSwitchPath => "/admin/subscriptions";

    /// <summary>The status shown (<c>on_hold</c>…), or null for all.</summary>
    public string? Status { get; private set; }

    /// <summary>The status the list is filtered by, when <see cref="Status"/> names one.</summary>
    public SubscriptionStatus? SelectedStatus { get; private set; }

    public bool StatusInvalid { get; private set; }

    public IReadOnlyList<SubscriptionDto> Items { get; private set; } = [];

    public PagerLinks Pager { get; private set; } = null!;

    /// <summary>Customer id → name, for the rows shown.</summary>
    public IReadOnlyDictionary<string, string> CustomerNames { get; private set; } = new Dictionary<string, string>();

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var status = Request.Query["status"].ToString().Trim();
        Status = status.Length == 0 ? null : status;
        var page = PagerLinks.PageFrom(Request.Query);
        Pager = new PagerLinks(page, false, number => AdminHref("/admin/subscriptions", ("status", Status), ("page", PagerLinks.PageValue(number))));
        if (Status is not null && Wire.TryParse<SubscriptionStatus>(Status, out var selected))
        {
            SelectedStatus = selected;
        }
        else if (Status is not null)
        {
            StatusInvalid = true;
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }

        Task<IReadOnlyList<SubscriptionDto>> Read(int pageNumber, int pageSize) =>
            sender.QueryAsync(new ListSubscriptionsQuery(BusinessId, Mode, null, Status, pageNumber, pageSize), cancellationToken);
        Items = await Read(page - 1, PageSize);
        Pager = Pager with { HasNext = await PagerLinks.HasNextAsync(Items.Count, page, PageSize, Read) };
        var contacts = await sender.QueryAsync(
            new GetCustomerContactsQuery(BusinessId.Value, Mode, [.. Items.Select(s => s.CustomerId).Distinct(StringComparer.Ordinal)]), cancellationToken);
        CustomerNames = contacts.ToDictionary(c => c.Key, c => c.Value.CustomerName, StringComparer.Ordinal);
        return Page();
    }
}
