using MediatR;

namespace Portal.Modules.Identity.Application.MerchantUsers.RemoveTeamMember;

internal sealed class RemoveTeamMemberCommandHandler(IIdentityDbContext db, Team team) : ICommandHandler<RemoveTeamMemberCommand, Unit>
{
    public async Task<Unit> Handle(RemoveTeamMemberCommand command, CancellationToken cancellationToken)
    {
        await using var transaction = await db.LockTeamAsync(command.BusinessId, cancellationToken);
        var member = await team.MemberAsync(command.BusinessId, command.UserId, cancellationToken);
        await team.EnsureAnotherOwnerAsync(member, cancellationToken);
        await team.EndSessionsAsync(member, cancellationToken);
        await db.PasswordSetupLinks.Where(l => l.Area == StaffArea.Admin && l.AccountId == member.Id).ExecuteDeleteAsync(cancellationToken);
        db.MerchantUsers.Remove(member);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return Unit.Value;
    }
}
