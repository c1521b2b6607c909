using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.BuildingBlocks.Application.Messaging;
using Portal.BuildingBlocks.Web;
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

    /// <summary>True on a unified-portal session: the page links back to all the customer's businesses.</summary>
    public bool IsUnified { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (PortalCustomer.From(User) is not { } customer)
        {
            return RedirectToPage("/Portal/Businesses");
        }

        IsUnified = PortalPrincipal.UnifiedEmail(User) is not null;
        Overview = await sender.QueryAsync(new GetPortalOverviewQuery(customer.BusinessId, HttpContext.GetMode(), customer.CustomerId), cancellationToken);
        ReturnUrl = customer.ReturnUrl;
        ViewData[Brand.ViewDataKey] = new Brand(Overview.BusinessName, Overview.AccentColor, Overview.ForegroundOnAccent, Overview.LogoUrl);
        return Page();
    }

    public async Task<IActionResult> OnPostSignOutAsync(CancellationToken cancellationToken)
    {
        await sender.SendAsync(new EndPortalSessionCommand(PortalPrincipal.SessionId(User)), cancellationToken);
        await HttpContext.SignOutAsync(AuthenticationSetup.SchemeFor(HttpContext.GetMode()));
        return RedirectToPage("/Index");
    }
}
