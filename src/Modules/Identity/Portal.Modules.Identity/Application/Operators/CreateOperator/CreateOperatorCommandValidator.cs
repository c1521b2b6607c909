using Portal.Modules.Identity.Contracts.Operators;

namespace Portal.Modules.Identity.Application.Operators.CreateOperator;

internal sealed class CreateOperatorCommandValidator : AbstractValidator<CreateOperatorCommand>
{
    public CreateOperatorCommandValidator()
    {
        RuleFor(c => c.Email).Must(EmailAddress.IsValid).WithErrorCode("INVALID_EMAIL").WithMessage("email must be a valid email address.");
        RuleFor(c => c.Name).Must(TextRules.IsDisplayName).WithMessage("name must be 1 to 200 characters without control characters.");
    }
}
