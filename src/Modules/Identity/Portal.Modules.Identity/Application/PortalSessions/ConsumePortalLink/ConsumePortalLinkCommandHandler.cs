namespace Portal.Modules.Identity.Application.PortalSessions.ConsumePortalLink;

internal sealed class ConsumePortalLinkCommandHandler(IIdentityDbContext db, TimeProvider time)
    : ICommandHandler<ConsumePortalLinkCommand, PortalSignIn>
{
    public async Task<PortalSignIn> Handle(ConsumePortalLinkCommand command, CancellationToken cancellationToken)
    {
        if (!SecretToken.IsWellFormed(command.Token))
        {
            throw new DomainException(PortalLinkErrors.Invalid);
        }

        var hash = SecretToken.Hash(command.Token);
        var link = await db.PortalLinks.AsNoTracking()
            .Where(l => l.TokenHash == hash && l.Mode == command.Mode)
            .Select(l => new { l.Id, l.Purpose, l.BusinessId, l.CustomerId, l.Email, l.ReturnUrl, l.LandingPath, l.ExpiresAt, l.ConsumedAt })
            .FirstOrDefaultAsync(cancellationToken)
            ?? throw new DomainException(PortalLinkErrors.Invalid);
        var now = time.GetUtcNow();
        if (link.ConsumedAt is not null)
        {
            throw new DomainException(PortalLinkErrors.Used);
        }

        if (link.ExpiresAt <= now)
        {
            throw new DomainException(PortalLinkErrors.Expired);
        }

        var consumed = await db.PortalLinks
            .Where(l => l.Id == link.Id && l.ConsumedAt == null && l.ExpiresAt > now)
            .ExecuteUpdateAsync(set => set.SetProperty(l => l.ConsumedAt, now), cancellationToken);
        if (consumed != 1)
        {
            throw new DomainException(PortalLinkErrors.Used);
        }

        var session = link.Purpose == PortalLinkPurpose.UnifiedPortal
            ? PortalSession.StartUnified(command.Mode, link.Email!, now)
            : PortalSession.Start(command.Mode, link.BusinessId!.Value, link.CustomerId!.Value, now);
        db.PortalSessions.Add(session);
        foreach (var customer in await SignedInCustomers(command.Mode, link.CustomerId, link.Email).ToListAsync(cancellationToken))
        {
            customer.RecordSignInLanguage(command.Language);
        }

        return new PortalSignIn(session.Id, session.BusinessId, session.CustomerId, session.Email, link.ReturnUrl, link.LandingPath);
    }

    /// <summary>The customer a link signs in, or every customer of its email in the mode for the unified portal.</summary>
    private IQueryable<Customer> SignedInCustomers(Mode mode, CustomerId? customerId, string? email)
    {
        if (customerId is { } id)
        {
            return db.Customers.Where(c => c.Id == id);
        }

        var normalized = EmailAddress.Normalize(email!);
        return db.Customers.Where(c => c.Mode == mode && c.NormalizedEmail == normalized);
    }
}
