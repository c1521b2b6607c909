using FluentValidation;
using Portal.Modules.Identity.Domain.Customers;

namespace Portal.Modules.Identity.Application.PortalSessions.RequestSignInLink;

internal sealed class RequestSignInLinkCommandValidator : AbstractValidator<RequestSignInLinkCommand>
{
    public RequestSignInLinkCommandValidator()
    {
        RuleFor(c => c.Email).Must(EmailAddress.IsValid).WithErrorCode("INVALID_EMAIL").WithMessage("Enter a valid email address.");
        RuleFor(c => c.Language).Must(language => language is "en" or "it");
    }
}
