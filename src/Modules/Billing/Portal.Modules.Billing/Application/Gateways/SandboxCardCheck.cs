namespace Portal.Modules.Billing.Application.Gateways;

internal sealed record SandboxCardCheck(string? Token, CardDetails? Card, string? ErrorCode, string? ErrorMessage)
{
    public bool IsAccepted => Token is not null;

    public static SandboxCardCheck Accepted(string token, CardDetails card) => new(token, card, null, null);

    public static SandboxCardCheck Refused(string code, string message) => new(null, null, code, message);
}
