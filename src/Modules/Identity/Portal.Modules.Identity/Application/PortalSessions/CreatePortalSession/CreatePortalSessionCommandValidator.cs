using FluentValidation;
using Microsoft.Extensions.Configuration;

namespace Portal.Modules.Identity.Application.PortalSessions.CreatePortalSession;

internal sealed class CreatePortalSessionCommandValidator : AbstractValidator<CreatePortalSessionCommand>
{
    public CreatePortalSessionCommandValidator(IConfiguration configuration)
    {
        var allowedOrigins = configuration.GetSection("Portal:AllowedReturnOrigins").Get<string[]>() ?? [];
        RuleFor(c => c.ReturnUrl)
            .Must(url => IsAllowedReturnUrl(url!, allowedOrigins))
            .When(c => c.ReturnUrl is not null)
            .WithErrorCode("INVALID_RETURN_URL")
            .WithMessage("return_url must be an https URL or start with an allowed origin.");
        SignInLinkRequests.ValidLanguage(RuleFor(c => c.Language));
    }

    // Checked on the raw text as well as the parsed URI: lenient parsing turns "https:evil.example"
    // into https://evil.example/, and a return URL must be exactly what it looks like.
    private static bool IsAllowedReturnUrl(string url, string[] allowedOrigins) =>
        url.Length <= 2048
        && !url.Any(c => char.IsControl(c) || char.IsWhiteSpace(c) || c == '\\')
        && Uri.TryCreate(url, UriKind.Absolute, out var uri)
        && !string.IsNullOrEmpty(uri.Host)
        && url.StartsWith(uri.Scheme + "://", StringComparison.OrdinalIgnoreCase)
        && (uri.Scheme == Uri.UriSchemeHttps
            || allowedOrigins.Contains(uri.GetLeftPart(UriPartial.Authority), StringComparer.OrdinalIgnoreCase));
}
