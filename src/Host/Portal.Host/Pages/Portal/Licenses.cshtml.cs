using Portal.Modules.Licensing.Contracts.Instances;

namespace Portal.Host.Pages.Portal;

/// <summary>
/// The customer's license keys with their instances: copy a key, download its signed file, and free
/// activations without writing to support — deactivate or rename an instance, or reset them all (once a
/// day). Deactivating and resetting ask for a confirmation first.
/// </summary>
public sealed class LicensesModel(ISender sender) : PageModel
{
    public IReadOnlyList<CustomerLicenseKeyDto> Keys { get; private set; } = [];

    public string BusinessName { get; private set; } = string.Empty;

    /// <summary>What just happened (after a redirect): deactivated, renamed, reset.</summary>
    [BindProperty(SupportsGet = true, Name = "done")]
    public string? Done { get; set; }

    /// <summary>The instance waiting for the customer's confirmation before it is deactivated.</summary>
    [BindProperty(SupportsGet = true, Name = "deactivate")]
    public string? DeactivateId { get; set; }

    /// <summary>The instance whose rename form is open.</summary>
    [BindProperty(SupportsGet = true, Name = "rename")]
    public string? RenameId { get; set; }

    /// <summary>The key whose activations wait for the customer's confirmation before they are all reset.</summary>
    [BindProperty(SupportsGet = true, Name = "reset")]
    public string? ResetId { get; set; }

    [BindProperty]
    public string? Name { get; set; }

    /// <summary>Why the last change was refused, as the code the commands answer (translated by the page).</summary>
    public string? ErrorCode { get; private set; }

    public (CustomerLicenseKeyDto Key, LicenseKeyInstanceDto Instance)? PendingDeactivation =>
        Keys.SelectMany(k => k.Instances.Select(i => (k, i))).FirstOrDefault(p => p.i.Id == DeactivateId) is ({ } key, { } instance) ? (key, instance) : null;

    public CustomerLicenseKeyDto? PendingReset => Keys.FirstOrDefault(k => k.Key.Id == ResetId && k.CanResetActivations);

    public Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => RenderAsync(cancellationToken);

    public Task<IActionResult> OnPostDeactivateAsync(string instanceId, CancellationToken cancellationToken) =>
        ChangeAsync(customer => new DeactivateLicenseKeyInstanceCommand(customer.BusinessId, HttpContext.GetMode(), customer.CustomerId, instanceId), "deactivated", cancellationToken);

    public Task<IActionResult> OnPostRenameAsync(string instanceId, CancellationToken cancellationToken)
    {
        RenameId = instanceId;
        return ChangeAsync(customer => new RenameLicenseKeyInstanceCommand(customer.BusinessId, HttpContext.GetMode(), customer.CustomerId, instanceId, Name), "renamed", cancellationToken);
    }

    public Task<IActionResult> OnPostResetAsync(string licenseKeyId, CancellationToken cancellationToken) =>
        ChangeAsync(customer => new ResetLicenseKeyActivationsCommand(customer.BusinessId, HttpContext.GetMode(), customer.CustomerId, licenseKeyId), "reset", cancellationToken);

    private async Task<IActionResult> ChangeAsync<TResult>(Func<PortalCustomer, ICommand<TResult>> command, string done, CancellationToken cancellationToken)
    {
        if (PortalCustomer.From(User) is not { } customer)
        {
            return RedirectToPage("/Portal/Businesses");
        }

        try
        {
            await sender.SendAsync(command(customer), cancellationToken);
            return Redirect(Url.Content($"~/portal/licenses?done={done}"));
        }
        catch (DomainException exception) when (exception.Error.Kind is ErrorKind.Validation or ErrorKind.Unprocessable or ErrorKind.Conflict)
        {
            ErrorCode = exception.Error.Code;
        }

        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return await RenderAsync(cancellationToken);
    }

    private async Task<IActionResult> RenderAsync(CancellationToken cancellationToken)
    {
        if (PortalCustomer.From(User) is not { } customer)
        {
            return RedirectToPage("/Portal/Businesses");
        }

        BusinessName = (await PortalBranding.ApplyAsync(this, sender, customer, cancellationToken)).BusinessName;
        Keys = await sender.QueryAsync(new ListCustomerLicenseKeysQuery(customer.BusinessId, HttpContext.GetMode(), customer.CustomerId), cancellationToken);
        return Page();
    }
}
