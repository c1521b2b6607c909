using Portal.Modules.Licensing.Contracts.Instances;

namespace Portal.Host.Pages.Admin.LicenseKeys;

/// <summary>
/// One license key: its key, customer, product, status and terms, the instances it is active on, and the
/// merchant's actions — disable or enable (after a confirmation), set a new expiry (extend, shorten or
/// none), change the activation limit, deactivate an instance (after a confirmation). Another business's
/// key, or one of the other mode, is a plain 404; a refused change answers 422 and changes nothing.
/// </summary>
public sealed class DetailsModel(ISender sender) : AdminPageModel
{
    /// <summary>A key is active on at most this many instances shown here (the API pages through all of them).</summary>
    public const int InstancesShown = 100;

    public override AdminSection Section => AdminSection.LicenseKeys;

    public override string ModeSwitchPath => "/admin/license-keys";

    public LicenseKeyDto Key { get; private set; } = null!;

    public IReadOnlyList<LicenseKeyInstanceDto> Instances { get; private set; } = [];

    public CustomerContact? Customer { get; private set; }

    /// <summary><c>disable</c>, <c>enable</c> or <c>deactivate:{instance id}</c>: the action waiting for the merchant's confirmation.</summary>
    [BindProperty(SupportsGet = true, Name = "confirm")]
    public string? Confirm { get; set; }

    [TempData]
    public string? Outcome { get; set; }

    public (string Code, string Message)? Refusal { get; private set; }

    /// <summary>The new expiry as the date field sends it (yyyy-MM-dd, end of that day UTC); empty means never.</summary>
    [BindProperty]
    public string? ExpiresOn { get; set; }

    /// <summary>The new limit; empty means unlimited.</summary>
    [BindProperty]
    public string? ActivationsLimit { get; set; }

    public LicenseKeyInstanceDto? PendingDeactivation =>
        Confirm?.StartsWith("deactivate:", StringComparison.Ordinal) == true ? Instances.FirstOrDefault(i => i.Id == Confirm["deactivate:".Length..]) : null;

    public string KeyPath => "/admin/license-keys/" + Key.Id;

    public async Task<IActionResult> OnGetAsync(string licenseKeyId, CancellationToken cancellationToken) =>
        await LoadAsync(licenseKeyId, cancellationToken) ? Page() : NotFound();

    public Task<IActionResult> OnPostDisabledAsync(string licenseKeyId, bool disabled, CancellationToken cancellationToken) =>
        ChangeAsync(licenseKeyId, new UpdateLicenseKeyCommand(BusinessId, Mode, licenseKeyId, false, null, disabled, false, null), disabled ? "Disabled" : "Enabled", cancellationToken);

    public Task<IActionResult> OnPostExpiryAsync(string licenseKeyId, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(ExpiresOn))
        {
            return ChangeAsync(licenseKeyId, new UpdateLicenseKeyCommand(BusinessId, Mode, licenseKeyId, false, null, null, true, null), "ExpiryRemoved", cancellationToken);
        }

        return DateOnly.TryParseExact(ExpiresOn.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? ChangeAsync(
                licenseKeyId,
                new UpdateLicenseKeyCommand(BusinessId, Mode, licenseKeyId, false, null, null, true, new DateTimeOffset(day.ToDateTime(new TimeOnly(23, 59, 59)), TimeSpan.Zero)),
                "ExpiryChanged",
                cancellationToken)
            : RefuseAsync(licenseKeyId, "INVALID_EXPIRY_DATE", cancellationToken);
    }

    public Task<IActionResult> OnPostLimitAsync(string licenseKeyId, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(ActivationsLimit))
        {
            return ChangeAsync(licenseKeyId, new UpdateLicenseKeyCommand(BusinessId, Mode, licenseKeyId, true, null, null, false, null), "LimitChanged", cancellationToken);
        }

        return int.TryParse(ActivationsLimit.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var limit)
            ? ChangeAsync(licenseKeyId, new UpdateLicenseKeyCommand(BusinessId, Mode, licenseKeyId, true, limit, null, false, null), "LimitChanged", cancellationToken)
            : RefuseAsync(licenseKeyId, "INVALID_ACTIVATIONS_LIMIT", cancellationToken);
    }

    public Task<IActionResult> OnPostDeactivateAsync(string licenseKeyId, string instanceId, CancellationToken cancellationToken) =>
        ChangeAsync(licenseKeyId, new DeactivateLicenseKeyInstanceCommand(BusinessId, Mode, null, instanceId), "InstanceDeactivated", cancellationToken);

    private async Task<IActionResult> ChangeAsync<TResult>(string licenseKeyId, ICommand<TResult> command, string outcome, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(licenseKeyId, cancellationToken))
        {
            return NotFound();
        }

        try
        {
            await sender.SendAsync(command, cancellationToken);
        }
        catch (DomainException exception) when (exception.Error.Kind is ErrorKind.Validation or ErrorKind.Unprocessable or ErrorKind.Conflict)
        {
            return Refused(exception.Error.Code, exception.Error.Message);
        }

        Outcome = outcome;
        // Redirected, so reloading the page does not act twice.
        return Redirect(AdminHref(KeyPath));
    }

    private async Task<IActionResult> RefuseAsync(string licenseKeyId, string code, CancellationToken cancellationToken) =>
        await LoadAsync(licenseKeyId, cancellationToken) ? Refused(code, code) : NotFound();

    private PageResult Refused(string code, string message)
    {
        Refusal = (code, message);
        Confirm = null;
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }

    private async Task<bool> LoadAsync(string licenseKeyId, CancellationToken cancellationToken)
    {
        try
        {
            Key = await sender.QueryAsync(new GetLicenseKeyQuery(BusinessId, Mode, licenseKeyId), cancellationToken);
        }
        catch (DomainException exception) when (exception.Error.Kind == ErrorKind.NotFound)
        {
            return false;
        }

        Instances = await sender.QueryAsync(new ListLicenseKeyInstancesQuery(BusinessId, Mode, Key.Id, 0, InstancesShown), cancellationToken);
        Customer = (await sender.QueryAsync(new GetCustomerContactsQuery(BusinessId.Value, Mode, [Key.CustomerId]), cancellationToken)).GetValueOrDefault(Key.CustomerId);
        return true;
    }
}
