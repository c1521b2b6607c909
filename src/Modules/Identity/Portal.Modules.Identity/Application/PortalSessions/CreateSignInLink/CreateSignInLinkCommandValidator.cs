using Microsoft.Extensions.Configuration;

namespace Portal.Modules.Identity.Application.PortalSessions.CreateSignInLink;

internal sealed class CreateSignInLinkCommandValidator : AbstractValidator<CreateSignInLinkCommand>
{
    public CreateSignInLinkCommandValidator(IConfiguration configuration) =>
        PortalReturnUrl.Validate(RuleFor(c => c.ReturnUrl), configuration);
}
