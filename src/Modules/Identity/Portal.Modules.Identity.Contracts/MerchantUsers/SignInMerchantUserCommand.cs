namespace Portal.Modules.Identity.Contracts.MerchantUsers;

/// <summary>
/// A merchant user signs in to the admin area with email and password from a client address. A command:
/// attempts are counted and a success starts a server-side session. Null: refused, with no reason given.
/// </summary>
public sealed record SignInMerchantUserCommand(string Email, string Password, string ClientAddress) : ICommand<MerchantSignIn?>;
