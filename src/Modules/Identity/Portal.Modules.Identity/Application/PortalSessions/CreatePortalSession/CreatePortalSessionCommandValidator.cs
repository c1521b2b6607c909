using Microsoft.Extensions.Configuration;

namespace Portal.Modules.Identity.Application.PortalSessions.CreatePortalSession;

internal sealed class CreatePortalSessionCommandValidator : AbstractValidator<CreatePortalSessionCommand>
{
    public CreatePortalSessionCommandValidator(IConfiguration configuration)
    {
        PortalReturnUrl.Validate(RuleFor(c => c.ReturnUrl), configuration);
        // No language: the customer's own is used.
        When(c => c.Language is not null, () => SignInLinkRequests.ValidLanguage(RuleFor(c => c.Language!)));
    }
}
