namespace Portal.Modules.Identity.Application.PortalSessions.RequestSignInLink;

internal sealed class RequestSignInLinkCommandValidator : AbstractValidator<RequestSignInLinkCommand>
{
    public RequestSignInLinkCommandValidator()
    {
        SignInLinkRequests.ValidEmail(RuleFor(c => c.Email));
        SignInLinkRequests.ValidLanguage(RuleFor(c => c.Language));
    }
}
