namespace Portal.Modules.Identity.Contracts.Staff;

/// <summary>What the set-password page shows before the password is chosen; null when the link is unknown, used or expired.</summary>
public sealed record InspectPasswordSetupLinkQuery(string Token) : IQuery<PasswordSetupInvitation?>;

/// <summary>Who the link is for and, for a merchant user, the business whose team they join.</summary>
public sealed record PasswordSetupInvitation(string Email, string? BusinessName);
