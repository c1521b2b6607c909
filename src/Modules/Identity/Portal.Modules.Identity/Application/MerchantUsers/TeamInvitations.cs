using System.Resources;

namespace Portal.Modules.Identity.Application.MerchantUsers;

/// <summary>
/// Adds someone to a business's team without a password, and emails them a one-time link (seven days) to
/// choose one: how an operator invites a new business's owner and how an owner invites teammates.
/// </summary>
internal sealed class TeamInvitations(IIdentityDbContext db, IEmailQueue emails, IPortalLinks urls, TimeProvider time)
{
    private static readonly EmailTexts Texts = new(new ResourceManager("Portal.Modules.Identity.Resources.EmailTexts", typeof(TeamInvitations).Assembly));

    /// <summary>Invites to the business (its row may be new, saved with the invitation); answers the new member's id.</summary>
    public async Task<Guid> InviteAsync(Business business, string email, string name, MerchantRole role, string language, CancellationToken cancellationToken)
    {
        var normalizedEmail = EmailAddress.Normalize(email);
        if (await db.MerchantUsers.AnyAsync(u => u.NormalizedEmail == normalizedEmail, cancellationToken))
        {
            throw new DomainException(Error.Conflict("MERCHANT_USER_EXISTS", "A merchant user with this email already exists."));
        }

        var now = time.GetUtcNow();
        var user = MerchantUser.Create(business.Id, email, normalizedEmail, name, role, now);
        var (link, token) = PasswordSetupLink.Create(StaffArea.Admin, user.Id, now);
        db.MerchantUsers.Add(user);
        db.PasswordSetupLinks.Add(link);
        // Saved before the email is queued, so the link in the email always exists.
        await db.SaveChangesAsync(cancellationToken);

        var lang = Languages.Of(language);
        var culture = CultureInfo.GetCultureInfo(lang);
        emails.Enqueue(new BrandedEmail(
            user.Email,
            lang,
            Texts.T(lang, "Invitation.Subject", business.Name),
            business.Name,
            business.Branding.AccentColor,
            business.Branding.ForegroundOnAccent(),
            business.Branding.SupportEmail,
            [Texts.T(lang, "Hello", user.Name), Texts.T(lang, "Invitation.Body", business.Name, Texts.T(lang, RoleKey(role)))],
            new BrandedEmail.Button(Texts.T(lang, "Invitation.Button"), urls.PasswordSetupLink(token)),
            [Texts.T(lang, "Invitation.Expiry", link.ExpiresAt.UtcDateTime.ToString("f", culture))]).Compose());
        return user.Id;
    }

    /// <summary>The role's name in the invitation's sentence (each key written out, so that the texts' check finds it).</summary>
    private static string RoleKey(MerchantRole role) => role switch
    {
        MerchantRole.Owner => "Invitation.Role.Owner",
        MerchantRole.Admin => "Invitation.Role.Admin",
        MerchantRole.Support => "Invitation.Role.Support",
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, "No invitation text for this role."),
    };
}
