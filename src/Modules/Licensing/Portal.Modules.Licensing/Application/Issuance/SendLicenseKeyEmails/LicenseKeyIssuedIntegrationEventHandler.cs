using Portal.BuildingBlocks.Application.Email;
using Portal.BuildingBlocks.Application;
using Portal.Modules.Identity.Contracts.Customers;

namespace Portal.Modules.Licensing.Application.Issuance.SendLicenseKeyEmails;

/// <summary>
/// Emails the customer their new key. It runs from the event committed with the key, so no email ever
/// carries a key that was not saved; the key travels encrypted in the email job's arguments.
/// </summary>
[MessageName("licensing.send_license_key_email")]
internal sealed class LicenseKeyIssuedIntegrationEventHandler(ILicensingDbContext db, ILicenseKeyVault vault, ISender sender, IEmailQueue emails, IPortalLinks urls)
    : IIntegrationEventHandler<LicenseKeyIssuedIntegrationEvent>
{
    public async Task HandleAsync(LicenseKeyIssuedIntegrationEvent e, CancellationToken cancellationToken)
    {
        var keyId = LicenseKeyId.FromTrusted(e.LicenseKeyId);
        var key = await db.LicenseKeys.AsNoTracking().FirstOrDefaultAsync(k => k.Id == keyId, cancellationToken);
        var contacts = await sender.QueryAsync(new GetCustomerContactsQuery(e.BusinessId, e.Mode, [e.CustomerId]), cancellationToken);
        if (key is null || !contacts.TryGetValue(e.CustomerId, out var contact))
        {
            return;
        }

        var link = await sender.SendAsync(new CreateSignInLinkCommand(e.BusinessId, e.Mode, e.CustomerId, urls.LicensesLanding, OrStaticLink: true), cancellationToken);
        emails.Enqueue(LicenseKeyEmail.Issued(key.ProductName, vault.Reveal(key.ProtectedKey), key.ActivationsLimit, key.ExpiresAt, contact, link));
    }
}
