namespace Portal.Modules.Identity.Application.MerchantUsers.ListTeamMembers;

internal sealed class ListTeamMembersQueryHandler(IIdentityDbContext db) : IQueryHandler<ListTeamMembersQuery, IReadOnlyList<TeamMemberDto>>
{
    public async Task<IReadOnlyList<TeamMemberDto>> Handle(ListTeamMembersQuery query, CancellationToken cancellationToken) =>
        await db.MerchantUsers.AsNoTracking()
            .Where(u => u.BusinessId == query.BusinessId)
            .OrderByDescending(u => u.Role).ThenBy(u => u.Name).ThenBy(u => u.Email)
            .Select(u => new TeamMemberDto(u.Id, u.Email, u.Name, u.Role, u.PasswordHash == null))
            .ToListAsync(cancellationToken);
}
