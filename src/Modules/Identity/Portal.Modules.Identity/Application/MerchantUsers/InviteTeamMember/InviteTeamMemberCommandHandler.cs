namespace Portal.Modules.Identity.Application.MerchantUsers.InviteTeamMember;

internal sealed class InviteTeamMemberCommandHandler(IIdentityDbContext db, TeamInvitations invitations) : ICommandHandler<InviteTeamMemberCommand, Guid>
{
    public async Task<Guid> Handle(InviteTeamMemberCommand command, CancellationToken cancellationToken)
    {
        var business = await db.Businesses.AsNoTracking().FirstOrDefaultAsync(b => b.Id == command.BusinessId, cancellationToken)
            ?? throw new DomainException(Error.NotFound("Business not found."));
        return await invitations.InviteAsync(business, command.Email, command.Name, command.Role, command.Language, cancellationToken);
    }
}
