namespace Portal.Modules.Identity.Application.Staff.InspectPasswordSetupLink;

internal sealed class InspectPasswordSetupLinkQueryHandler(IIdentityDbContext db, TimeProvider time)
    : IQueryHandler<InspectPasswordSetupLinkQuery, PasswordSetupInvitation?>
{
    public async Task<PasswordSetupInvitation?> Handle(InspectPasswordSetupLinkQuery query, CancellationToken cancellationToken)
    {
        if (!SecretToken.IsWellFormed(query.Token))
        {
            return null;
        }

        var hash = SecretToken.Hash(query.Token);
        var now = time.GetUtcNow();
        var link = await db.PasswordSetupLinks.AsNoTracking()
            .FirstOrDefaultAsync(l => l.TokenHash == hash && l.UsedAt == null && l.ExpiresAt > now, cancellationToken);
        return link?.Area switch
        {
            StaffArea.Ops => await db.Operators.Where(o => o.Id == link.AccountId)
                .Select(o => new PasswordSetupInvitation(o.Email, null)).FirstOrDefaultAsync(cancellationToken),
            StaffArea.Admin => await db.MerchantUsers.Where(u => u.Id == link.AccountId)
                .Join(db.Businesses, u => u.BusinessId, b => b.Id, (u, b) => new PasswordSetupInvitation(u.Email, b.Name))
                .FirstOrDefaultAsync(cancellationToken),
            _ => null,
        };
    }
}
