namespace Portal.Modules.Identity.Application.PortalSessions.RequestUnifiedSignInLink;

/// <summary>Emails a unified-portal link when the email is a customer somewhere in this mode; otherwise nothing.</summary>
[MessageName("identity.send_unified_sign_in_link")]
internal sealed class UnifiedSignInLinkRequestedIntegrationEventHandler(
    IIdentityDbContext db, ISender sender, IEmailQueue emails, IPortalLinks urls, TimeProvider time)
    : IIntegrationEventHandler<UnifiedSignInLinkRequestedIntegrationEvent>
{
    private const int NamedBusinesses = 3;

    public async Task HandleAsync(UnifiedSignInLinkRequestedIntegrationEvent integrationEvent, CancellationToken cancellationToken)
    {
        var businesses = await sender.QueryAsync(new ListCustomerBusinessesQuery(integrationEvent.Mode, integrationEvent.Email), cancellationToken);
        if (businesses.Count == 0)
        {
            return;
        }

        var (link, token) = PortalLink.CreateUnified(integrationEvent.Mode, EmailAddress.Normalize(integrationEvent.Email), time.GetUtcNow());
        db.PortalLinks.Add(link);
        await db.SaveChangesAsync(cancellationToken);
        // To the address the business stored, as the business link does, never to the one typed: the typed
        // text only matched it (trimmed, normalised, case-insensitive). The name comes from the same record.
        emails.Enqueue(SignInLinkEmail.Compose(new SignInLinkEmailModel(
            businesses[0].CustomerEmail,
            businesses[0].CustomerName,
            NamesOf(businesses),
            Branding.Default.AccentColor,
            Branding.Default.ForegroundOnAccent(),
            SupportEmail: null,
            urls.SignInLink(integrationEvent.Mode, token),
            link.ExpiresAt,
            CultureInfo.GetCultureInfo(integrationEvent.Language))));
    }

    /// <summary>
    /// The businesses the link opens, as the subject and the first sentence name them: the first three (by name) and an
    /// ellipsis for the rest, so that an email at many businesses still gets a subject a mailbox can show.
    /// </summary>
    private static string NamesOf(IReadOnlyList<CustomerBusinessDto> businesses) =>
        string.Join(", ", businesses.Take(NamedBusinesses).Select(b => b.BusinessName)) + (businesses.Count > NamedBusinesses ? ", …" : string.Empty);
}
