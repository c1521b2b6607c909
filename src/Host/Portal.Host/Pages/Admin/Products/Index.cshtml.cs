using Microsoft.AspNetCore.Mvc;
using Portal.BuildingBlocks.Application.Messaging;
using Portal.Modules.Subscriptions.Application.Products;
using Portal.Modules.Subscriptions.Application.Products.ListProducts;

namespace Portal.Host.Pages.Admin.Products;

/// <summary>Catalogue → Products: every product of the mode shown, newest first, the archived ones badged; 25 a page.</summary>
public sealed class IndexModel(ISender sender) : AdminPageModel
{
    public const int PageSize = 25;

    public override AdminSection Section => AdminSection.Products;

    public override string ModeSwitchPath => "/admin/products";

    public IReadOnlyList<ProductDto> Products { get; private set; } = [];

    public PagerLinks Pager { get; private set; } = null!;

    /// <summary>What just happened, as a resource key, and to which product (after a redirect).</summary>
    [TempData]
    public string? Notice { get; set; }

    [TempData]
    public string? NoticeName { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var page = PagerLinks.PageFrom(Request.Query);
        var rows = await sender.QueryAsync(new ListProductsQuery(BusinessId, Mode, null, null, page - 1, PageSize + 1), cancellationToken);
        Products = [.. rows.Take(PageSize)];
        Pager = new PagerLinks(page, rows.Count > PageSize, number => AdminHref("/admin/products", ("page", PagerLinks.PageValue(number))));
        return Page();
    }
}
