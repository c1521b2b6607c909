namespace Portal.Modules.Identity.Contracts.MerchantUsers;

/// <summary>A merchant user with a password already chosen: the demo's admin and the tests' merchants. Real teams are invited.</summary>
public sealed record CreateMerchantUserCommand(BusinessId BusinessId, string Email, string Name, string Password, MerchantRole Role = MerchantRole.Owner) : ICommand<Guid>;
