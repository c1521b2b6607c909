namespace Portal.Modules.Identity.Application.Businesses.UpdateBusinessSettings;

/// <summary>
/// Each rule carries its own code so the admin page can show a translated message beside the field
/// it belongs to.
/// </summary>
internal sealed class UpdateBusinessSettingsCommandValidator : AbstractValidator<UpdateBusinessSettingsCommand>
{
    public const int MaxLogoUrlLength = 2048;

    public const int MaxLegalAddressLength = 300;

    public UpdateBusinessSettingsCommandValidator()
    {
        RuleFor(c => c.Name).Must(TextRules.IsDisplayName)
            .WithErrorCode("INVALID_NAME").WithMessage("name must be 1 to 200 characters without control characters.");
        RuleFor(c => c.AccentColor).Must(color => color is not null && Branding.IsHexColor(color))
            .WithErrorCode("INVALID_ACCENT_COLOR").WithMessage("accent colour must look like #1a2b3c.");
        // https only: the logo is shown on every portal page, which must not load anything insecurely.
        RuleFor(c => c.LogoUrl).Must(IsHttpsUrl!).When(c => c.LogoUrl is not null)
            .WithErrorCode("INVALID_LOGO_URL").WithMessage($"logo must be an https URL of at most {MaxLogoUrlLength} characters.");
        RuleFor(c => c.SupportEmail).Must(EmailAddress.IsValid).When(c => c.SupportEmail is not null)
            .WithErrorCode("INVALID_SUPPORT_EMAIL").WithMessage("support email must be a valid email address.");
        RuleFor(c => c.LegalAddress).Must(IsAddress!).When(c => c.LegalAddress is not null)
            .WithErrorCode("INVALID_LEGAL_ADDRESS").WithMessage($"legal address must be at most {MaxLegalAddressLength} characters, lines without control characters.");
        RuleFor(c => c.TaxId).Must(IsTaxId!).When(c => c.TaxId is not null)
            .WithErrorCode("INVALID_TAX_ID").WithMessage("tax number must be 2 to 32 letters, digits, spaces, dots or dashes.");
        RuleFor(c => c.DefaultLanguage).Must(Languages.IsSupported).When(c => c.DefaultLanguage is not null)
            .WithErrorCode("INVALID_DEFAULT_LANGUAGE").WithMessage($"default language must be one of {string.Join(", ", Languages.Supported)}.");
    }

    private static bool IsAddress(string address) =>
        address.Trim().Length is > 0 and <= MaxLegalAddressLength && address.Split('\n').All(line => TextRules.HasNoControlCharacters(line.TrimEnd('\r')));

    private static bool IsTaxId(string taxId) =>
        taxId.Trim().Length is >= 2 and <= 32 && taxId.Trim().All(c => char.IsAsciiLetterOrDigit(c) || c is ' ' or '.' or '-');

    private static bool IsHttpsUrl(string url) =>
        url.Length <= MaxLogoUrlLength
        && TextRules.HasNoControlCharacters(url)
        && !url.Any(char.IsWhiteSpace)
        && Uri.TryCreate(url, UriKind.Absolute, out var uri)
        && uri.Scheme == Uri.UriSchemeHttps
        && !string.IsNullOrEmpty(uri.Host);
}
