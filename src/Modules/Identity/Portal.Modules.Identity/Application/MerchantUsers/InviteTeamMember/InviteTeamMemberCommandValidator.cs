namespace Portal.Modules.Identity.Application.MerchantUsers.InviteTeamMember;

internal sealed class InviteTeamMemberCommandValidator : AbstractValidator<InviteTeamMemberCommand>
{
    public InviteTeamMemberCommandValidator()
    {
        RuleFor(c => c.Email).Must(EmailAddress.IsValid).WithErrorCode("INVALID_EMAIL").WithMessage("Enter a valid email address.");
        RuleFor(c => c.Name).Must(TextRules.IsDisplayName).WithErrorCode("INVALID_NAME").WithMessage("Enter a name of 1 to 200 characters.");
        RuleFor(c => c.Role).IsInEnum().WithErrorCode("INVALID_ROLE").WithMessage("Choose a role.");
    }
}
