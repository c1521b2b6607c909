using Microsoft.AspNetCore.Mvc;
using Portal.BuildingBlocks.Application.Messaging;
using Portal.Modules.Subscriptions.Application.ProductCollections;
using Portal.Modules.Subscriptions.Application.ProductCollections.ListProductCollections;

namespace Portal.Host.Pages.Admin.ProductCollections;

/// <summary>Catalogue → Product collections: the mode's collections, newest first, each with its tiers; 25 a page.</summary>
public sealed class IndexModel(ISender sender) : AdminPageModel
{
    public const int PageSize = 25;

    public override AdminSection Section => AdminSection.ProductCollections;

    public override string ModeSwitchPath => "/admin/product-collections";

    public IReadOnlyList<ProductCollectionDto> Collections { get; private set; } = [];

    public PagerLinks Pager { get; private set; } = null!;

    /// <summary>What just happened, as a resource key, and to which collection (after a redirect).</summary>
    [TempData]
    public string? Notice { get; set; }

    [TempData]
    public string? NoticeName { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var page = PagerLinks.PageFrom(Request.Query);
        var rows = await sender.QueryAsync(new ListProductCollectionsQuery(BusinessId, Mode, page - 1, PageSize + 1), cancellationToken);
        Collections = [.. rows.Take(PageSize)];
        Pager = new PagerLinks(page, rows.Count > PageSize, number => AdminHref("/admin/product-collections", ("page", PagerLinks.PageValue(number))));
        return Page();
    }
}
