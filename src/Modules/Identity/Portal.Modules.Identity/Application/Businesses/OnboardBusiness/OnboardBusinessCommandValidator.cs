namespace Portal.Modules.Identity.Application.Businesses.OnboardBusiness;

internal sealed class OnboardBusinessCommandValidator : AbstractValidator<OnboardBusinessCommand>
{
    public OnboardBusinessCommandValidator()
    {
        RuleFor(c => c.Name).Must(TextRules.IsDisplayName).WithErrorCode("INVALID_NAME").WithMessage("Enter a name of 1 to 200 characters.");
        RuleFor(c => c.SupportEmail).Must(EmailAddress.IsValid).WithErrorCode("INVALID_SUPPORT_EMAIL").WithMessage("Enter a valid support email.");
        RuleFor(c => c.Country).Matches("^[A-Z]{2}$").WithErrorCode("INVALID_COUNTRY").WithMessage("Enter a two-letter country code, such as IT.");
        RuleFor(c => c.Currency).Matches("^[A-Z]{3}$").WithErrorCode("INVALID_CURRENCY").WithMessage("Enter a three-letter currency code, such as EUR.");
        RuleFor(c => c.OwnerEmail).Must(EmailAddress.IsValid).WithErrorCode("INVALID_OWNER_EMAIL").WithMessage("Enter the owner's valid email.");
        RuleFor(c => c.OwnerName).Must(TextRules.IsDisplayName).WithErrorCode("INVALID_OWNER_NAME").WithMessage("Enter the owner's name, 1 to 200 characters.");
    }
}
