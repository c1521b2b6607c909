namespace Portal.Host.Pages.Admin;

public sealed class IndexModel : AdminPageModel
{
    public override AdminSection Section => AdminSection.Home;

    public void OnGet()
    {
    }

    [AllowedFor(MerchantRole.Support)]
    public async Task<IActionResult> OnPostSignOutAsync(bool everywhere)
    {
        await StaffPrincipal.SignOutAsync(HttpContext, AuthenticationSetup.AdminScheme, everywhere);
        return RedirectToPage("/Admin/Login");
    }
}
