using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.BuildingBlocks.Application.Messaging;
using Portal.BuildingBlocks.Web;
using Portal.Host.Setup;
using Portal.Modules.Identity.Application.MerchantUsers.SignInMerchantUser;

namespace Portal.Host.Pages.Admin;

/// <summary>Merchant staff sign in with email and password; five failures lock the account for 15 minutes.</summary>
public sealed class LoginModel(ISender sender) : PageModel
{
    [BindProperty]
    public string? Email { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    public string? ErrorKey { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(string? returnUrl, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(Email) || string.IsNullOrEmpty(Password))
        {
            ErrorKey = "Admin.Login.Required";
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }

        var result = await sender.SendAsync(new SignInMerchantUserCommand(Email, Password), cancellationToken);
        if (result.Outcome != MerchantSignInOutcome.SignedIn)
        {
            ErrorKey = "Admin.Login." + result.Outcome;
            Response.StatusCode = StatusCodes.Status401Unauthorized;
            return Page();
        }

        var identity = new ClaimsIdentity(
            [
                new Claim(ClaimTypes.NameIdentifier, result.UserId!.Value.ToString()),
                new Claim(ClaimTypes.Name, result.Name!),
                new Claim(PortalAuth.BusinessIdClaim, result.BusinessId!.Value.Value),
            ],
            AuthenticationSetup.AdminScheme);
        await HttpContext.SignInAsync(AuthenticationSetup.AdminScheme, new ClaimsPrincipal(identity));
        return LocalRedirect(LanguageSwitch.IsLocalPath(returnUrl) ? returnUrl! : "/admin");
    }
}
