using Portal.BuildingBlocks.Contracts.Messaging;

namespace Portal.Modules.Identity.Application.MerchantUsers.SignInMerchantUser;

/// <summary>
/// Checks a merchant's password. A command, not a query: failures are counted and lock the account for
/// 15 minutes after five in a row. It answers rather than throws so that the count is saved.
/// </summary>
public sealed record SignInMerchantUserCommand(string Email, string Password) : ICommand<MerchantSignInResult>;
