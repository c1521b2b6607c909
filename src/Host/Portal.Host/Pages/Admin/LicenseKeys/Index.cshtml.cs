using Microsoft.AspNetCore.Mvc;
using Portal.BuildingBlocks.Application.Messaging;
using Portal.Modules.Identity.Contracts.Customers;
using Portal.Modules.Licensing.Contracts.LicenseKeys;

namespace Portal.Host.Pages.Admin.LicenseKeys;

/// <summary>Sales → License keys: the business's keys in the mode shown, newest first, 25 a page, of every status or of one.</summary>
public sealed class IndexModel(ISender sender) : AdminPageModel
{
    public const int PageSize = 25;

    public static readonly IReadOnlyList<string> Statuses = ["active", "expired", "disabled"];

    public override AdminSection Section => AdminSection.LicenseKeys;

    public override string ModeSwitchPath => "/admin/license-keys";

    public string? Status { get; private set; }

    public bool StatusInvalid { get; private set; }

    public IReadOnlyList<LicenseKeyDto> Items { get; private set; } = [];

    public PagerLinks Pager { get; private set; } = null!;

    /// <summary>Customer id → name, for the rows shown.</summary>
    public IReadOnlyDictionary<string, string> CustomerNames { get; private set; } = new Dictionary<string, string>();

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var status = Request.Query["status"].ToString().Trim();
        Status = status.Length == 0 ? null : status;
        var page = PagerLinks.PageFrom(Request.Query);
        Pager = new PagerLinks(page, false, number => AdminHref("/admin/license-keys", ("status", Status), ("page", PagerLinks.PageValue(number))));
        if (Status is not null && !Statuses.Contains(Status))
        {
            StatusInvalid = true;
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }

        Task<IReadOnlyList<LicenseKeyDto>> Read(int pageNumber, int pageSize) =>
            sender.QueryAsync(new ListLicenseKeysQuery(BusinessId, Mode, null, null, Status, pageNumber, pageSize), cancellationToken);
        Items = await Read(page - 1, PageSize);
        Pager = Pager with { HasNext = await PagerLinks.HasNextAsync(Items.Count, page, PageSize, Read) };
        var contacts = await sender.QueryAsync(
            new GetCustomerContactsQuery(BusinessId.Value, Mode, [.. Items.Select(k => k.CustomerId).Distinct(StringComparer.Ordinal)]), cancellationToken);
        CustomerNames = contacts.ToDictionary(c => c.Key, c => c.Value.CustomerName, StringComparer.Ordinal);
        return Page();
    }
}
