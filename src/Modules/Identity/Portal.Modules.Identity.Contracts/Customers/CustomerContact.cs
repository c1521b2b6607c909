using Portal.Modules.Identity.Contracts.Businesses;

namespace Portal.Modules.Identity.Contracts.Customers;

/// <summary>
/// A customer's name and email with their business's name, support address, colours and invoice details, and the
/// <see cref="Language"/> to write to them in: the one they chose in the portal, else the business's default, else
/// their browser's at sign-in, else English; and the optional emails the business does not send (<see cref="EmailsOff"/>).
/// </summary>
public sealed record CustomerContact(
    string CustomerName,
    string CustomerEmail,
    string BusinessName,
    string? BusinessSupportEmail,
    string AccentColor,
    string ForegroundOnAccent,
    string? BusinessLegalAddress,
    string? BusinessTaxId,
    string Language,
    IReadOnlyCollection<OptionalEmail> EmailsOff)
{
    /// <summary>Whether the business sends this optional email (admin <i>Settings → Emails</i>).</summary>
    public bool Sends(OptionalEmail email) => !EmailsOff.Contains(email);
}
