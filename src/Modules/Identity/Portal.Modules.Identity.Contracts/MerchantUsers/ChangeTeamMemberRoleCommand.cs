namespace Portal.Modules.Identity.Contracts.MerchantUsers;

/// <summary>An owner changes a teammate's role; the teammate's sessions end at once, so the new role applies from their next sign-in.</summary>
public sealed record ChangeTeamMemberRoleCommand(BusinessId BusinessId, Guid UserId, MerchantRole Role) : ICommand<Unit>;
