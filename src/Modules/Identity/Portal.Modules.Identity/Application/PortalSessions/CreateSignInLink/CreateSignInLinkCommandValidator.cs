using FluentValidation;
using Microsoft.Extensions.Configuration;
using Portal.Modules.Identity.Contracts.Customers;

namespace Portal.Modules.Identity.Application.PortalSessions.CreateSignInLink;

internal sealed class CreateSignInLinkCommandValidator : AbstractValidator<CreateSignInLinkCommand>
{
    public CreateSignInLinkCommandValidator(IConfiguration configuration) =>
        PortalReturnUrl.Validate(RuleFor(c => c.ReturnUrl), configuration);
}
