using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using Portal.BuildingBlocks.Web;
using Portal.Modules.Identity.Application.ApiKeys.AuthenticateApiKey;

namespace Portal.Modules.Identity.Infrastructure.ApiKeys;

/// <summary>Authenticates <c>Authorization: Bearer sk_…</c>; refuses with 401 and the API's error body.</summary>
internal sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    ISender sender)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    private const string BearerPrefix = "Bearer ";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        string? header = Request.Headers[HeaderNames.Authorization];
        if (header is null || !header.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticateResult.NoResult();
        }

        var key = header[BearerPrefix.Length..].Trim();
        if (key.Length is 0 or > 200)
        {
            return AuthenticateResult.Fail("Malformed API key.");
        }

        var caller = await sender.QueryAsync(new AuthenticateApiKeyQuery(key), Context.RequestAborted);
        if (caller is null)
        {
            return AuthenticateResult.Fail("Unknown or revoked API key.");
        }

        var identity = new ClaimsIdentity(
            [
                new Claim(PortalAuth.BusinessIdClaim, caller.BusinessId.Value),
                new Claim(PortalAuth.ModeClaim, caller.Mode.ToString()),
            ],
            Scheme.Name);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), Scheme.Name));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers[HeaderNames.WWWAuthenticate] = "Bearer";
        return Response.WriteAsJsonAsync(ApiError.Unauthorized);
    }
}
