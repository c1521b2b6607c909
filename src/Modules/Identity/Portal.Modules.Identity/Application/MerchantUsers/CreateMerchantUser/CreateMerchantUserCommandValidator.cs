namespace Portal.Modules.Identity.Application.MerchantUsers.CreateMerchantUser;

internal sealed class CreateMerchantUserCommandValidator : AbstractValidator<CreateMerchantUserCommand>
{
    public CreateMerchantUserCommandValidator()
    {
        RuleFor(c => c.Email).Must(EmailAddress.IsValid).WithMessage("email must be a valid email address.");
        RuleFor(c => c.Name).Must(TextRules.IsDisplayName).WithMessage("name must be 1 to 200 characters without control characters.");
        RuleFor(c => c.Password).Must(StaffPasswords.IsAcceptable).WithMessage(StaffPasswords.Rule);
        RuleFor(c => c.Role).IsInEnum();
    }
}
