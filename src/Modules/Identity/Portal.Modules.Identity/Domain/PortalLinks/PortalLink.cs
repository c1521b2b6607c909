namespace Portal.Modules.Identity.Domain.PortalLinks;

/// <summary>
/// A one-time sign-in link (the "dynamic link"): to one business's portal for one customer, or to the
/// unified portal for an email. Valid for 24 hours from creation and for one use; only the token's
/// hash is stored.
/// </summary>
internal sealed class PortalLink : AggregateRoot
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(24);

    private PortalLink()
    {
    }

    public Guid Id { get; private set; }

    public PortalLinkPurpose Purpose { get; private set; }

    public BusinessId? BusinessId { get; private set; }

    public Mode Mode { get; private set; }

    public CustomerId? CustomerId { get; private set; }

    /// <summary>The normalised email a unified-portal link signs in; null for a business link.</summary>
    public string? Email { get; private set; }

    public byte[] TokenHash { get; private set; } = [];

    public string? ReturnUrl { get; private set; }

    /// <summary>The portal page the customer lands on once signed in (an on-hold email's link opens the payment-method update); null for the overview.</summary>
    public string? LandingPath { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset ExpiresAt { get; private set; }

    public DateTimeOffset? ConsumedAt { get; private set; }

    public static (PortalLink Link, string Token) Create(BusinessId businessId, Mode mode, CustomerId customerId, string? returnUrl, DateTimeOffset now, string? landingPath = null)
    {

        var token = SecretToken.Generate();
        var link = new PortalLink
        {
            Id = Guid.CreateVersion7(now),
            Purpose = PortalLinkPurpose.BusinessPortal,
            BusinessId = businessId,
            Mode = mode,
            CustomerId = customerId,
            TokenHash = SecretToken.Hash(token),
            ReturnUrl = returnUrl,
            LandingPath = landingPath,
            CreatedAt = now,
            ExpiresAt = now + Lifetime,
        };
        return (link, token);
    }

    public static (PortalLink Link, string Token) CreateUnified(Mode mode, string normalizedEmail, DateTimeOffset now)
    {
        var token = SecretToken.Generate();
        var link = new PortalLink
        {
            Id = Guid.CreateVersion7(now),
            Purpose = PortalLinkPurpose.UnifiedPortal,
            Mode = mode,
            Email = normalizedEmail,
            TokenHash = SecretToken.Hash(token),
            CreatedAt = now,
            ExpiresAt = now + Lifetime,
        };
        return (link, token);
    }
}
