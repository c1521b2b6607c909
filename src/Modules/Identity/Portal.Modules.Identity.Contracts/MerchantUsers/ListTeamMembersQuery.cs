namespace Portal.Modules.Identity.Contracts.MerchantUsers;

/// <summary>The business's team, owners first, then by name.</summary>
public sealed record ListTeamMembersQuery(BusinessId BusinessId) : IQuery<IReadOnlyList<TeamMemberDto>>;

/// <param name="Invited">True until the member has chosen a password through their invitation.</param>
public sealed record TeamMemberDto(Guid UserId, string Email, string Name, MerchantRole Role, bool Invited);
