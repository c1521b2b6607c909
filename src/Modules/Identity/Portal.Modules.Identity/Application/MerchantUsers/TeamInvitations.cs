namespace Portal.Modules.Identity.Application.MerchantUsers;

/// <summary>
/// Adds someone to a business's team without a password, and emails them a one-time link (seven days) to
/// choose one: how an operator invites a new business's owner and how an owner invites teammates.
/// </summary>
internal sealed class TeamInvitations(IIdentityDbContext db, IEmailQueue emails, IPortalLinks urls, TimeProvider time)
{
    private static readonly Dictionary<string, string[]> Texts = new()
    {
        // subject, greeting, body, button, expiry note
        ["en"] = ["You are invited to {0}'s admin area", "Hello {0},", "You have been invited to the team of {0} as {1}. Choose your password to sign in.", "Choose my password", "The link works once and expires on {0} (UTC). If you did not expect it, ignore this email."],
        ["it"] = ["Sei invitato nell'area amministrativa di {0}", "Ciao {0},", "Sei stato invitato nel team di {0} come {1}. Scegli la tua password per accedere.", "Scegli la mia password", "Il link funziona una sola volta e scade il {0} (UTC). Se non te lo aspettavi, ignora questa email."],
        ["de"] = ["Sie sind in den Adminbereich von {0} eingeladen", "Hallo {0},", "Sie wurden als {1} in das Team von {0} eingeladen. Wählen Sie Ihr Passwort, um sich anzumelden.", "Mein Passwort wählen", "Der Link funktioniert einmal und läuft am {0} (UTC) ab. Wenn Sie ihn nicht erwartet haben, ignorieren Sie diese E-Mail."],
    };

    private static readonly Dictionary<string, Dictionary<MerchantRole, string>> RoleNames = new()
    {
        ["en"] = new() { [MerchantRole.Owner] = "owner", [MerchantRole.Admin] = "admin", [MerchantRole.Support] = "support" },
        ["it"] = new() { [MerchantRole.Owner] = "proprietario", [MerchantRole.Admin] = "amministratore", [MerchantRole.Support] = "assistenza" },
        ["de"] = new() { [MerchantRole.Owner] = "Inhaber", [MerchantRole.Admin] = "Admin", [MerchantRole.Support] = "Support" },
    };

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
        var t = Texts[lang];
        var culture = CultureInfo.GetCultureInfo(lang);
        emails.Enqueue(new BrandedEmail(
            user.Email,
            lang,
            string.Format(culture, t[0], business.Name),
            business.Name,
            business.Branding.AccentColor,
            business.Branding.ForegroundOnAccent(),
            business.Branding.SupportEmail,
            [string.Format(culture, t[1], user.Name), string.Format(culture, t[2], business.Name, RoleNames[lang][role])],
            new BrandedEmail.Button(t[3], urls.PasswordSetupLink(token)),
            [string.Format(culture, t[4], link.ExpiresAt.UtcDateTime.ToString("f", culture))]).Compose());
        return user.Id;
    }
}
