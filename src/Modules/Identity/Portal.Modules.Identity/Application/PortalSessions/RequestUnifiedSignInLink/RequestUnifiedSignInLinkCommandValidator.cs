namespace Portal.Modules.Identity.Application.PortalSessions.RequestUnifiedSignInLink;

internal sealed class RequestUnifiedSignInLinkCommandValidator : AbstractValidator<RequestUnifiedSignInLinkCommand>
{
    public RequestUnifiedSignInLinkCommandValidator()
    {
        SignInLinkRequests.ValidEmail(RuleFor(c => c.Email));
        SignInLinkRequests.ValidLanguage(RuleFor(c => c.Language));
    }
}
