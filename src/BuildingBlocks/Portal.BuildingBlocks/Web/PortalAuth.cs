namespace Portal.BuildingBlocks.Web;

/// <summary>Names shared by the host, which configures authentication, and the modules' endpoints.</summary>
public static class PortalAuth
{
    /// <summary>Bearer API keys of merchant servers; the key decides business and mode.</summary>
    public const string ApiKeyScheme = "ApiKey";

    /// <summary>Authorization policy of the merchant JSON API.</summary>
    public const string ApiPolicy = "Api";

    public const string BusinessIdClaim = "business_id";
    public const string ModeClaim = "mode";
    public const string CustomerIdClaim = "customer_id";

    /// <summary>The server-side portal session a cookie stands for.</summary>
    public const string SessionIdClaim = "sid";
}
