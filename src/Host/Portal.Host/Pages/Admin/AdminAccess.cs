namespace Portal.Host.Pages.Admin;

/// <summary>
/// Who may do what in the admin area, in one table: the least role that may see each section, and the least
/// that may change something there. Support sees customers, subscriptions, payments and license keys and
/// shares portal invites (<see cref="AllowedForAttribute"/> on those handlers); admins do everything but the
/// team; owners everything.
/// </summary>
public static class AdminAccess
{
    public static MerchantRole ToSee(AdminSection section) => section switch
    {
        AdminSection.Home or AdminSection.Customers or AdminSection.Subscriptions or AdminSection.LicenseKeys or AdminSection.Account => MerchantRole.Support,
        AdminSection.Team or AdminSection.Activity => MerchantRole.Owner,
        _ => MerchantRole.Admin,
    };

    public static MerchantRole ToChange(AdminSection section) =>
        section == AdminSection.Account ? MerchantRole.Support : ToSee(section) > MerchantRole.Admin ? ToSee(section) : MerchantRole.Admin;
}

/// <summary>A page handler that a role below the section's usual one for changes may use (sharing an invite, signing out).</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class AllowedForAttribute(MerchantRole role) : Attribute
{
    public MerchantRole Role { get; } = role;
}
