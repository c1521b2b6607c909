namespace Portal.Modules.Identity.Contracts.Businesses;

/// <summary>
/// An operator registers a business and invites its first owner, who gets an email with a one-time link
/// (seven days) to choose their password.
/// </summary>
public sealed record OnboardBusinessCommand(
    string Name, string SupportEmail, string Country, string Currency, string OwnerEmail, string OwnerName, string Language) : ICommand<BusinessId>;
