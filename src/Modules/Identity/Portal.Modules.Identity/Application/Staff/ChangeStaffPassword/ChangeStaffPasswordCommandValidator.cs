namespace Portal.Modules.Identity.Application.Staff.ChangeStaffPassword;

internal sealed class ChangeStaffPasswordCommandValidator : AbstractValidator<ChangeStaffPasswordCommand>
{
    public ChangeStaffPasswordCommandValidator() => RuleFor(c => c.NewPassword).Must(StaffPasswords.IsAcceptable)
        .WithErrorCode("WEAK_PASSWORD").WithMessage(StaffPasswords.Rule);
}
