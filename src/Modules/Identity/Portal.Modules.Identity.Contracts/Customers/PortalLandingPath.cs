namespace Portal.Modules.Identity.Contracts.Customers;

/// <summary>Where a sign-in link may land: a path inside the customer portal, never another site.</summary>
public static class PortalLandingPath
{
    /// <summary><c>/portal/…</c> of letters, digits, <c>_</c>, <c>-</c> and single slashes, at most 200 characters.</summary>
    public static bool IsValid(string? path) =>
        path is { Length: <= 200 }
        && path.StartsWith("/portal/", StringComparison.Ordinal)
        && !path.Contains("//", StringComparison.Ordinal)
        && path.All(c => char.IsAsciiLetterOrDigit(c) || c is '/' or '_' or '-');
}
