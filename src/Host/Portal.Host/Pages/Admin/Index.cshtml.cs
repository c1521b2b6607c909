using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Host.Setup;

namespace Portal.Host.Pages.Admin;

public sealed class IndexModel : PageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostSignOutAsync()
    {
        await HttpContext.SignOutAsync(AuthenticationSetup.AdminScheme);
        return RedirectToPage("/Admin/Login");
    }
}
