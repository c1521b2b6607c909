namespace Portal.Host.Pages.Ops;

/// <summary>Platform operators sign in to the operators' area, under the same rules as merchant users.</summary>
public sealed class LoginModel(ISender sender) : StaffLoginPage
{
    public override string TitleKey => "Ops.Login.Title";

    protected override string Scheme => AuthenticationSetup.OpsScheme;

    protected override string HomePath => "/ops";

    protected override async Task<ClaimsPrincipal?> SignInAsync(string email, string password, CancellationToken cancellationToken) =>
        await sender.SendAsync(new SignInOperatorCommand(email, password, HttpContext.ClientAddress()), cancellationToken) is { } signIn
            ? StaffPrincipal.Operator(signIn)
            : null;
}
