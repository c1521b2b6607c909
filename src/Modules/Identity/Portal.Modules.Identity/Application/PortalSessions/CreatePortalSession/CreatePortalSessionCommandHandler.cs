namespace Portal.Modules.Identity.Application.PortalSessions.CreatePortalSession;

internal sealed class CreatePortalSessionCommandHandler(IIdentityDbContext db, IEmailQueue emails, IPortalLinks urls, TimeProvider time)
    : ICommandHandler<CreatePortalSessionCommand, PortalSessionLink>
{
    public async Task<PortalSessionLink> Handle(CreatePortalSessionCommand command, CancellationToken cancellationToken)
    {
        var recipient = await db.Customers.AsNoTracking()
            // A blocked customer has no portal access, which the API reports as not found (API.md).
            .Where(c => c.Id == command.CustomerId && c.BusinessId == command.BusinessId && c.Mode == command.Mode && c.BlockedAt == null)
            .Join(db.Businesses.Where(b => b.PortalClosedAt == null), c => c.BusinessId, b => b.Id, (c, b) => new { c.Email, c.Name, Business = b.Name, b.Branding, c.ChosenLanguage, b.DefaultLanguage, c.SignInLanguage })
            .FirstOrDefaultAsync(cancellationToken)
            ?? throw new DomainException(Error.NotFound("Customer not found."));

        var (link, token) = PortalLink.Create(command.BusinessId, command.Mode, command.CustomerId, command.ReturnUrl, time.GetUtcNow());
        db.PortalLinks.Add(link);
        var url = urls.SignInLink(command.Mode, token);
        if (command.SendEmail)
        {
            // Saved before the email is queued, so the link in the email always exists.
            await db.SaveChangesAsync(cancellationToken);
            emails.Enqueue(SignInLinkEmail.Compose(new SignInLinkEmailModel(
                recipient.Email, recipient.Name, recipient.Business, recipient.Branding.AccentColor, recipient.Branding.ForegroundOnAccent(),
                recipient.Branding.SupportEmail, url, link.ExpiresAt,
                CultureInfo.GetCultureInfo(command.Language ?? Customer.LanguageOf(recipient.ChosenLanguage, recipient.DefaultLanguage, recipient.SignInLanguage)))));
        }

        return new PortalSessionLink(url, link.ExpiresAt);
    }
}
