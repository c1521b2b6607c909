namespace Portal.Modules.Identity.Application.Businesses.CreateBusiness;

internal sealed class CreateBusinessCommandValidator : AbstractValidator<CreateBusinessCommand>
{
    public CreateBusinessCommandValidator()
    {
        RuleFor(c => c.Name).Must(TextRules.IsDisplayName).WithMessage("name must be 1 to 200 characters without control characters.");
        RuleFor(c => c.AccentColor).Must(Branding.IsHexColor).WithMessage("accent colour must look like #1a2b3c.");
        RuleFor(c => c.LogoUrl)
            .Must(url => Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps)
            .When(c => c.LogoUrl is not null)
            .WithMessage("logo must be an https URL.");
        RuleFor(c => c.SupportEmail).Must(EmailAddress.IsValid).When(c => c.SupportEmail is not null)
            .WithMessage("support email must be a valid email address.");
    }
}
