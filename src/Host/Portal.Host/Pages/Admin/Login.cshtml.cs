namespace Portal.Host.Pages.Admin;

/// <summary>Merchant users sign in to their business's admin area.</summary>
public sealed class LoginModel(ISender sender) : StaffLoginPage
{
    public override string TitleKey => "Admin.Login.Title";

    protected override string Scheme => AuthenticationSetup.AdminScheme;

    protected override string HomePath => "/admin";

    protected override async Task<ClaimsPrincipal?> SignInAsync(string email, string password, CancellationToken cancellationToken) =>
        await sender.SendAsync(new SignInMerchantUserCommand(email, password, HttpContext.ClientAddress()), cancellationToken) is { } signIn
            ? StaffPrincipal.Merchant(signIn)
            : null;
}
