using Portal.BuildingBlocks.Application.Messaging;
using Portal.BuildingBlocks.Contracts;
using Portal.BuildingBlocks.Domain;
using Portal.Modules.Identity.Application.Abstractions;
using Portal.Modules.Identity.Application.MerchantUsers;
using Portal.Modules.Identity.Contracts.Businesses;
using Portal.Modules.Identity.Domain.Businesses;

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
