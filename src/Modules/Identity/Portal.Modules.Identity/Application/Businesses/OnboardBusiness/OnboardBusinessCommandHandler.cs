using Portal.Modules.Identity.Application.MerchantUsers;

namespace Portal.Modules.Identity.Application.Businesses.OnboardBusiness;

internal sealed class OnboardBusinessCommandHandler(IIdentityDbContext db, TeamInvitations invitations, TimeProvider time)
    : ICommandHandler<OnboardBusinessCommand, BusinessId>
{
    public async Task<BusinessId> Handle(OnboardBusinessCommand command, CancellationToken cancellationToken)
    {
        var id = PrefixedId.New<BusinessId>();
        var business = Business.Create(
            id, command.Name, Branding.Default with { SupportEmail = command.SupportEmail.Trim() }, time.GetUtcNow(), command.Country, command.Currency);
        db.Businesses.Add(business);
        await invitations.InviteAsync(business, command.OwnerEmail, command.OwnerName, MerchantRole.Owner, command.Language, cancellationToken);
        return id;
    }
}
