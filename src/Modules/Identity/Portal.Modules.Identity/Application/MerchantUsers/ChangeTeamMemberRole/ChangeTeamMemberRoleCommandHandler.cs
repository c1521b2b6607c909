using MediatR;

namespace Portal.Modules.Identity.Application.MerchantUsers.ChangeTeamMemberRole;

internal sealed class ChangeTeamMemberRoleCommandHandler(Team team) : ICommandHandler<ChangeTeamMemberRoleCommand, Unit>
{
    public async Task<Unit> Handle(ChangeTeamMemberRoleCommand command, CancellationToken cancellationToken)
    {
        var member = await team.MemberAsync(command.BusinessId, command.UserId, cancellationToken);
        if (member.Role != command.Role)
        {
            await team.EnsureAnotherOwnerAsync(member, cancellationToken);
            member.ChangeRole(command.Role);
            await team.EndSessionsAsync(member, cancellationToken);
        }

        return Unit.Value;
    }
}
