namespace Portal.Host.Setup;

/// <summary>
/// The public base URL of each mode (configuration <c>Portal:LiveBaseUrl</c> and <c>Portal:TestBaseUrl</c>)
/// and the addresses built on it that leave the server in API answers and emails: the Host's routes, in
/// the one place that knows them.
/// </summary>
public sealed class PortalLinks : IPortalLinks
{
    private const string SubscriptionsPath = "/portal/subscriptions/";

    public PortalLinks(IConfiguration configuration)
    {
        Live = Parse(configuration["Portal:LiveBaseUrl"] ?? "http://localhost:5080", "Portal:LiveBaseUrl");
        Test = Parse(configuration["Portal:TestBaseUrl"] ?? Live.AbsoluteUri.TrimEnd('/') + "/test", "Portal:TestBaseUrl");
    }

    public Uri Live { get; }

    public Uri Test { get; }

    public Uri BaseFor(Mode mode) => mode == Mode.Live ? Live : Test;

    public string SignInLink(Mode mode, string token) => $"{BaseFor(mode).AbsoluteUri.TrimEnd('/')}/session/{token}";

    public string StaticLink(Mode mode, BusinessId businessId) => $"{BaseFor(mode).AbsoluteUri.TrimEnd('/')}/login/{businessId.Value}";

    /// <summary>Staff pages have no mode: the link is on the live base.</summary>
    public string PasswordSetupLink(string token) => $"{Live.AbsoluteUri.TrimEnd('/')}/account/set-password/{token}";

    public string SubscriptionLanding(string subscriptionId) => SubscriptionsPath + subscriptionId;

    public string PaymentMethodLanding(string subscriptionId) => PaymentMethodPath(subscriptionId);

    public string InvoicesLanding => "/portal/invoices";

    public string CardsLanding => "/portal/payment-methods";

    public string LicensesLanding => "/portal/licenses";

    public bool IsLanding(string? path) => IsLandingPath(path);

    /// <summary>The portal page where a customer changes a subscription's payment method (and pays its dues when on hold).</summary>
    public static string PaymentMethodPath(string subscriptionId) => $"{SubscriptionsPath}{subscriptionId}/payment-method";

    /// <summary>The portal page where a customer previews and confirms a change to <paramref name="productId"/>.</summary>
    public static string ChangePlanPath(string subscriptionId, string productId) =>
        $"{SubscriptionsPath}{subscriptionId}/change-plan?product={Uri.EscapeDataString(productId)}";

    /// <summary>
    /// A portal page's address at the configured public base of <paramref name="mode"/>, never the request's Host header:
    /// where a card's bank sends the customer back after 3-D Secure.
    /// </summary>
    public string Absolute(Mode mode, string pathAndQuery) => BaseFor(mode).AbsoluteUri.TrimEnd('/') + pathAndQuery;

    /// <summary><c>/portal/…</c> of letters, digits, <c>_</c>, <c>-</c> and single slashes, at most 200 characters.</summary>
    public static bool IsLandingPath(string? path) =>
        path is { Length: <= 200 }
        && path.StartsWith("/portal/", StringComparison.Ordinal)
        && !path.Contains("//", StringComparison.Ordinal)
        && path.All(c => char.IsAsciiLetterOrDigit(c) || c is '/' or '_' or '-');

    private static Uri Parse(string value, string key) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            ? uri
            : throw new InvalidOperationException($"{key} must be an absolute http(s) URL.");
}
