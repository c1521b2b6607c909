using System.Resources;
using Portal.BuildingBlocks.Application.Email;
using Portal.Modules.Identity.Contracts.Customers;

namespace Portal.Modules.Licensing.Application.Issuance.SendLicenseKeyEmails;

/// <summary>"Your license key": the key itself, its terms, and the way to the portal where activations are managed.</summary>
internal static class LicenseKeyEmail
{
    private static readonly EmailTexts Texts = new(new ResourceManager("Portal.Modules.Licensing.Resources.EmailTexts", typeof(LicenseKeyEmail).Assembly));

    public static EmailMessage Issued(
        string productName, string licenseKey, int? activationsLimit, DateTimeOffset? expiresAt, CustomerContact contact, string portalLink) =>
        new BrandedEmail(
            contact.CustomerEmail,
            contact.Language,
            Texts.T(contact.Language, "License.Subject", productName),
            contact.BusinessName,
            contact.AccentColor,
            contact.ForegroundOnAccent,
            contact.BusinessSupportEmail,
            [
                Texts.T(contact.Language, "Hello", contact.CustomerName),
                Texts.T(contact.Language, "License.Body", productName, contact.BusinessName),
                licenseKey,
                activationsLimit is { } limit ? Texts.T(contact.Language, Plurals.Key("License.Limit", limit), limit) : Texts.T(contact.Language, "License.Unlimited"),
                .. expiresAt is { } expiry ? new[] { Texts.T(contact.Language, "License.Expires", EmailTexts.Date(expiry, contact.Language)) } : [],
                Texts.T(contact.Language, "License.Manage"),
            ],
            new BrandedEmail.Button(Texts.T(contact.Language, "OpenPortal"), portalLink)).Compose();
}
