namespace Portal.Modules.Billing.Application.Gateways;

/// <summary>A typed test card as the sandbox takes it: accepted (its token, what may be kept of it, and whether its bank asks for 3-D Secure on setup), or refused with a code.</summary>
internal sealed record SandboxCardCheck(string? Token, CardDetails? Card, string? ErrorCode, string? ErrorMessage, bool AsksForAuthentication = false)
{
    public bool IsAccepted => Token is not null;

    public static SandboxCardCheck Accepted(string token, CardDetails card, bool asksForAuthentication) => new(token, card, null, null, asksForAuthentication);

    public static SandboxCardCheck Refused(string code, string message) => new(null, null, code, message);
}
