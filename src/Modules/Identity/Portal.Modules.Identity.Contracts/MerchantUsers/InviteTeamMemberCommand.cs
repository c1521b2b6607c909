namespace Portal.Modules.Identity.Contracts.MerchantUsers;

/// <summary>An owner invites someone to the business's team with a role; they get an email to choose their password.</summary>
public sealed record InviteTeamMemberCommand(BusinessId BusinessId, string Email, string Name, MerchantRole Role, string Language) : ICommand<Guid>;
