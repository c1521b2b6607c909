using FluentValidation;
using Microsoft.Extensions.Configuration;
using Portal.Modules.Identity.Contracts.PortalSessions;

namespace Portal.Modules.Identity.Application.PortalSessions.CreatePortalSession;

internal sealed class CreatePortalSessionCommandValidator : AbstractValidator<CreatePortalSessionCommand>
{
    public CreatePortalSessionCommandValidator(IConfiguration configuration)
    {
        PortalReturnUrl.Validate(RuleFor(c => c.ReturnUrl), configuration);
        SignInLinkRequests.ValidLanguage(RuleFor(c => c.Language));
    }
}
