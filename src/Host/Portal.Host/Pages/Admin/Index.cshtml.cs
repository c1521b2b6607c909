using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Portal.Host.Setup;

namespace Portal.Host.Pages.Admin;

public sealed class IndexModel : AdminPageModel
{
    public override AdminSection Section => AdminSection.Home;

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostSignOutAsync()
    {
        await HttpContext.SignOutAsync(AuthenticationSetup.AdminScheme);
        return RedirectToPage("/Admin/Login");
    }
}
