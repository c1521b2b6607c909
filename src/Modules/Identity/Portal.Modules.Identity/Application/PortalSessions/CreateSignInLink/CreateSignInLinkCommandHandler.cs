namespace Portal.Modules.Identity.Application.PortalSessions.CreateSignInLink;

internal sealed class CreateSignInLinkCommandHandler(IIdentityDbContext db, IPortalLinks urls, TimeProvider time) : ICommandHandler<CreateSignInLinkCommand, string>
{
    public async Task<string> Handle(CreateSignInLinkCommand command, CancellationToken cancellationToken)
    {
        if (!PrefixedId.TryParse<BusinessId>(command.BusinessId, out var businessId) || !PrefixedId.TryParse<CustomerId>(command.CustomerId, out var customerId))
        {
            throw new DomainException(Error.NotFound("Customer not found."));
        }

        if (!await db.Customers.AnyAsync(
                c => c.Id == customerId && c.BusinessId == businessId && c.Mode == command.Mode && c.BlockedAt == null
                    && db.Businesses.Any(b => b.Id == businessId && b.PortalClosedAt == null),
                cancellationToken))
        {
            return command.OrStaticLink ? urls.StaticLink(command.Mode, businessId) : throw new DomainException(Error.NotFound("Customer not found."));
        }

        if (!urls.IsLanding(command.LandingPath))
        {
            throw new DomainException(Error.Validation("INVALID_LANDING_PATH", "A sign-in link lands on a page of the portal only."));
        }

        var (link, token) = PortalLink.Create(businessId, command.Mode, customerId, command.ReturnUrl, time.GetUtcNow(), command.LandingPath);
        db.PortalLinks.Add(link);
        return urls.SignInLink(command.Mode, token);
    }
}
