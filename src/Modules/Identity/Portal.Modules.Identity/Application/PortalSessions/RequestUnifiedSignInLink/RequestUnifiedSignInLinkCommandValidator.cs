using FluentValidation;
using Portal.Modules.Identity.Domain.Customers;

namespace Portal.Modules.Identity.Application.PortalSessions.RequestUnifiedSignInLink;

internal sealed class RequestUnifiedSignInLinkCommandValidator : AbstractValidator<RequestUnifiedSignInLinkCommand>
{
    public RequestUnifiedSignInLinkCommandValidator()
    {
        RuleFor(c => c.Email).Must(EmailAddress.IsValid).WithErrorCode("INVALID_EMAIL").WithMessage("Enter a valid email address.");
        RuleFor(c => c.Language).Must(language => language is "en" or "it");
    }
}
