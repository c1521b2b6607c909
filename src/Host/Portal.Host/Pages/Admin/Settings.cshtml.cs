using Portal.Modules.Licensing.Contracts.LicenseFiles;

namespace Portal.Host.Pages.Admin;

/// <summary>
/// The business's name and branding, as the portal and the emails of both modes show them. Bad input
/// is answered 422 with a message beside each wrong field, and nothing is saved. The customers' default language
/// is set here too, and which optional emails customers get (<i>Emails</i>). It also shows the
/// public key of the mode shown that verifies the business's license files (docs/licensing.md).
/// </summary>
public sealed class SettingsModel(ISender sender, PortalLinks urls) : AdminPageModel
{
    public override AdminSection Section => AdminSection.Settings;

    [BindProperty]
    public string? BusinessName { get; set; }

    [BindProperty]
    public string? AccentColor { get; set; }

    [BindProperty]
    public string? LogoUrl { get; set; }

    [BindProperty]
    public string? SupportEmail { get; set; }

    [BindProperty]
    public string? LegalAddress { get; set; }

    [BindProperty]
    public string? TaxId { get; set; }

    /// <summary>The language customers are written to in until they choose one; empty follows each customer's browser.</summary>
    [BindProperty]
    public string? DefaultLanguage { get; set; }

    /// <summary>Resource key of the message for each field that was refused, by field name.</summary>
    public Dictionary<string, string> Errors { get; } = new(StringComparer.Ordinal);

    [TempData]
    public bool Saved { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var branding = await sender.QueryAsync(new GetBusinessBrandingQuery(BusinessId), cancellationToken);
        BusinessName = branding.Name;
        AccentColor = branding.AccentColor;
        LogoUrl = branding.LogoUrl;
        SupportEmail = branding.SupportEmail;
        LegalAddress = branding.LegalAddress;
        TaxId = branding.TaxId;
        DefaultLanguage = branding.DefaultLanguage;
        PortalOpen = branding.PortalOpen;
        EmailsOff = branding.EmailsOff ?? [];
        await LoadLicensePublicKeyAsync(cancellationToken);
    }

    /// <summary>The Ed25519 public key of the mode shown (its pair is made on first need); loaded by every handler that renders the page.</summary>
    public LicensePublicKeyDto? LicensePublicKey { get; private set; }

    /// <summary>Where software (or anyone) fetches the same key without signing in.</summary>
    public string LicensePublicKeyUrl => $"{urls.BaseFor(Mode).AbsoluteUri.TrimEnd('/')}/licenses/public-key/{BusinessId.Value}";

    /// <summary>The optional emails the business does not send (<i>Settings → Emails</i>).</summary>
    public IReadOnlyCollection<OptionalEmail> EmailsOff { get; private set; } = [];

    [TempData]
    public bool EmailsSaved { get; set; }

    /// <summary>The optional emails ticked are sent from now on, the others not; a value that names no email is ignored.</summary>
    public async Task<IActionResult> OnPostEmailsAsync(string[]? emailsOn, CancellationToken cancellationToken)
    {
        var on = (emailsOn ?? []).Select(e => Enum.TryParse<OptionalEmail>(e, out var email) && Enum.IsDefined(email) ? email : (OptionalEmail?)null).OfType<OptionalEmail>().ToHashSet();
        await sender.SendAsync(new SetOptionalEmailsCommand(BusinessId, [.. Enum.GetValues<OptionalEmail>().Where(e => !on.Contains(e))]), cancellationToken);
        EmailsSaved = true;
        return Redirect(AdminHref("/admin/settings"));
    }

    /// <summary>Whether customers can sign in to the business's portal (both modes).</summary>
    public bool PortalOpen { get; private set; } = true;

    /// <summary>Closing ends every customer session and unused link of the business; reopening lets customers ask for links again.</summary>
    public async Task<IActionResult> OnPostPortalAsync(bool open, CancellationToken cancellationToken)
    {
        await sender.SendAsync(new SetPortalOpenCommand(BusinessId, open), cancellationToken);
        return Redirect(AdminHref("/admin/settings"));
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        try
        {
            await sender.SendAsync(
                new UpdateBusinessSettingsCommand(
                    BusinessId, BusinessName ?? string.Empty, AccentColor?.Trim() ?? string.Empty, Optional(LogoUrl), Optional(SupportEmail), Optional(LegalAddress), Optional(TaxId),
                    Optional(DefaultLanguage)),
                cancellationToken);
        }
        catch (ValidationException exception)
        {
            foreach (var failure in exception.Errors)
            {
                Errors.TryAdd(failure.PropertyName, "Settings.Error." + failure.PropertyName);
            }

            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            await LoadLicensePublicKeyAsync(cancellationToken);
            return Page();
        }

        Saved = true;
        return Redirect(AdminHref("/admin/settings"));
    }

    /// <summary>The field's error id and its hint, for aria-describedby.</summary>
    public string DescribedBy(string field, string? hintId = null) =>
        string.Join(' ', new[] { Errors.ContainsKey(field) ? field + "-error" : null, hintId }.Where(id => id is not null));

    private async Task LoadLicensePublicKeyAsync(CancellationToken cancellationToken) =>
        LicensePublicKey = await sender.QueryAsync(new GetLicensePublicKeyQuery(BusinessId, Mode), cancellationToken);

    // An emptied optional field means "none", not an invalid value.
    private static string? Optional(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
