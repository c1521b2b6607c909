namespace Portal.Host.Pages.Shared;

/// <summary>Every customer page wears its business's name and colours: loads them once per request.</summary>
internal static class PortalBranding
{
    public static async Task<PortalOverviewDto> ApplyAsync(PageModel page, ISender sender, PortalCustomer customer, CancellationToken cancellationToken)
    {
        var overview = await sender.QueryAsync(
            new GetPortalOverviewQuery(customer.BusinessId, page.HttpContext.GetMode(), customer.CustomerId), cancellationToken);
        page.ViewData[Brand.ViewDataKey] = new Brand(overview.BusinessName, overview.AccentColor, overview.ForegroundOnAccent, overview.LogoUrl);
        return overview;
    }
}
