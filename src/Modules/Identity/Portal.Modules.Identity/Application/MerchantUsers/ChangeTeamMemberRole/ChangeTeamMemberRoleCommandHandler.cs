using MediatR;

namespace Portal.Modules.Identity.Application.MerchantUsers.ChangeTeamMemberRole;

internal sealed class ChangeTeamMemberRoleCommandHandler(IIdentityDbContext db, Team team) : ICommandHandler<ChangeTeamMemberRoleCommand, Unit>
{
    public async Task<Unit> Handle(ChangeTeamMemberRoleCommand command, CancellationToken cancellationToken)
    {
        await using var transaction = await db.LockTeamAsync(command.BusinessId, cancellationToken);
        var member = await team.MemberAsync(command.BusinessId, command.UserId, cancellationToken);
        if (member.Role != command.Role)
        {
            await team.EnsureAnotherOwnerAsync(member, cancellationToken);
            member.ChangeRole(command.Role);
            await team.EndSessionsAsync(member, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        return Unit.Value;
    }
}
