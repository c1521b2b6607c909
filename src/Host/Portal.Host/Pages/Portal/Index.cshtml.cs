using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.BuildingBlocks.Application.Messaging;
using Portal.Host.Modes;
using Portal.Host.Pages.Shared;
using Portal.Host.Setup;
using Portal.Modules.Identity.Application.PortalSessions.EndPortalSession;
using Portal.Modules.Identity.Application.PortalSessions.GetPortalOverview;

namespace Portal.Host.Pages.Portal;

/// <summary>The signed-in customer's overview of their purchases at one business.</summary>
public sealed class IndexModel(ISender sender) : PageModel
{
    public PortalOverviewDto Overview { get; private set; } = null!;

    public string? ReturnUrl { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var customer = PortalCustomer.From(User);
        Overview = await sender.QueryAsync(new GetPortalOverviewQuery(customer.BusinessId, HttpContext.GetMode(), customer.CustomerId), cancellationToken);
        ReturnUrl = customer.ReturnUrl;
        ViewData[Brand.ViewDataKey] = new Brand(Overview.BusinessName, Overview.AccentColor, Overview.ForegroundOnAccent, Overview.LogoUrl);
    }

    public async Task<IActionResult> OnPostSignOutAsync(CancellationToken cancellationToken)
    {
        await sender.SendAsync(new EndPortalSessionCommand(PortalCustomer.From(User).SessionId), cancellationToken);
        await HttpContext.SignOutAsync(AuthenticationSetup.SchemeFor(HttpContext.GetMode()));
        return RedirectToPage("/Index");
    }
}
