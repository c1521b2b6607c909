namespace Portal.Modules.Identity.Contracts.MerchantUsers;

/// <summary>An owner removes someone from the team; their sessions and unused invitation end at once.</summary>
public sealed record RemoveTeamMemberCommand(BusinessId BusinessId, Guid UserId) : ICommand<Unit>;
