namespace Portal.Modules.Identity.Application.Staff.SetStaffPassword;

internal sealed class SetStaffPasswordCommandValidator : AbstractValidator<SetStaffPasswordCommand>
{
    public SetStaffPasswordCommandValidator() => RuleFor(c => c.Password).Must(StaffPasswords.IsAcceptable)
        .WithErrorCode("WEAK_PASSWORD").WithMessage(StaffPasswords.Rule);
}
