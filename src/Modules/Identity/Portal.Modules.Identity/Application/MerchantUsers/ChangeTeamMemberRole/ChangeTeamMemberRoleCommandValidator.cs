namespace Portal.Modules.Identity.Application.MerchantUsers.ChangeTeamMemberRole;

internal sealed class ChangeTeamMemberRoleCommandValidator : AbstractValidator<ChangeTeamMemberRoleCommand>
{
    public ChangeTeamMemberRoleCommandValidator() =>
        RuleFor(c => c.Role).IsInEnum().WithErrorCode("INVALID_ROLE").WithMessage("Choose a role.");
}
