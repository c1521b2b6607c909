namespace Portal.Modules.Identity.Contracts.PortalSessions;

/// <summary>
/// Creates a one-time, 24-hour sign-in link to a customer's portal (the dynamic link), and with
/// <paramref name="SendEmail"/> also emails it to the customer: in <paramref name="Language"/>, the page's the customer
/// asked from, else in the customer's own language (ADR 0028).
/// </summary>
public sealed record CreatePortalSessionCommand(
    BusinessId BusinessId, Mode Mode, CustomerId CustomerId, string? ReturnUrl, bool SendEmail = false, string? Language = null)
    : ICommand<PortalSessionLink>;
