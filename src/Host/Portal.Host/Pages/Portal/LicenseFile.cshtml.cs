using Portal.Modules.Licensing.Contracts.LicenseFiles;

namespace Portal.Host.Pages.Portal;

/// <summary>Downloads a signed license file of one of the signed-in customer's keys (docs/licensing.md). Anyone else's → 404.</summary>
public sealed class LicenseFileModel(ISender sender) : PageModel
{
    public async Task<IActionResult> OnGetAsync(string licenseKeyId, CancellationToken cancellationToken)
    {
        if (PortalCustomer.From(User) is not { } customer)
        {
            return RedirectToPage("/Portal/Businesses");
        }

        var file = await sender.QueryAsync(new GetLicenseFileQuery(customer.BusinessId, HttpContext.GetMode(), customer.CustomerId, licenseKeyId), cancellationToken);
        Response.Headers.CacheControl = "no-store";
        return File(file.Content, "application/json", file.FileName);
    }
}
