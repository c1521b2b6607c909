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
        RuleFor(c => c.Language).Must(language => language is "en" or "it").WithMessage("language must be en or it.");
    }

    private static bool IsAllowedReturnUrl(string url, string[] allowedOrigins) =>
        url.Length <= 2048
        && Uri.TryCreate(url, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttps
            || allowedOrigins.Contains(uri.GetLeftPart(UriPartial.Authority), StringComparer.OrdinalIgnoreCase));
}
