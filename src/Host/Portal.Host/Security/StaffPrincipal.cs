namespace Portal.Host.Security;

/// <summary>What the admin and ops cookies say of a signed-in merchant user or operator, and how they sign out.</summary>
internal static class StaffPrincipal
{
    public static ClaimsPrincipal Merchant(MerchantSignIn signIn) => Create(
        AuthenticationSetup.AdminScheme,
        signIn.SessionId,
        signIn.UserId,
        signIn.Name,
        new Claim(PortalAuth.BusinessIdClaim, signIn.BusinessId.Value),
        new Claim(AuthenticationSetup.MerchantRoleClaim, signIn.Role.ToString()));

    public static ClaimsPrincipal Operator(OperatorSignIn signIn) => Create(
        AuthenticationSetup.OpsScheme,
        signIn.SessionId,
        signIn.OperatorId,
        signIn.Name,
        signIn.CanManageJobs ? [new Claim(AuthenticationSetup.ManageJobsClaim, "true")] : []);

    /// <summary>The merchant user's role; null for anything else (a role that no longer exists included).</summary>
    public static MerchantRole? RoleOf(ClaimsPrincipal user) =>
        Enum.TryParse<MerchantRole>(user.FindFirstValue(AuthenticationSetup.MerchantRoleClaim), out var role) && Enum.IsDefined(role) ? role : null;

    public static Guid SessionIdOf(ClaimsPrincipal user) =>
        Guid.TryParse(user.FindFirstValue(AuthenticationSetup.StaffSessionClaim), out var id) ? id : Guid.Empty;

    /// <summary>Ends the session on the server (or every session of its account) and drops the cookie.</summary>
    public static async Task SignOutAsync(HttpContext http, string scheme, bool everywhere)
    {
        var user = (await http.AuthenticateAsync(scheme)).Principal;
        if (user is not null)
        {
            await http.RequestServices.GetRequiredService<ISender>()
                .SendAsync(new EndStaffSessionCommand(SessionIdOf(user), everywhere), http.RequestAborted);
        }

        await http.SignOutAsync(scheme);
    }

    private static ClaimsPrincipal Create(string scheme, Guid sessionId, Guid accountId, string name, params Claim[] extra) =>
        new(new ClaimsIdentity(
            [
                new Claim(AuthenticationSetup.StaffSessionClaim, sessionId.ToString()),
                new Claim(ClaimTypes.NameIdentifier, accountId.ToString("D", CultureInfo.InvariantCulture)),
                new Claim(ClaimTypes.Name, name),
                .. extra,
            ],
            scheme));
}
