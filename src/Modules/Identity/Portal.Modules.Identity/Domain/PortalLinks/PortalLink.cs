using Portal.BuildingBlocks.Contracts;
using Portal.BuildingBlocks.Domain;

namespace Portal.Modules.Identity.Domain.PortalLinks;

/// <summary>
/// A one-time sign-in link to a customer's portal (the "dynamic link"). Valid for 24 hours from
/// creation and for one use; only the token's hash is stored.
/// </summary>
internal sealed class PortalLink : AggregateRoot
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(24);

    private PortalLink()
    {
    }

    public Guid Id { get; private set; }

    public BusinessId BusinessId { get; private set; }

    public Mode Mode { get; private set; }

    public CustomerId CustomerId { get; private set; }

    public byte[] TokenHash { get; private set; } = [];

    public string? ReturnUrl { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset ExpiresAt { get; private set; }

    public DateTimeOffset? ConsumedAt { get; private set; }

    public static (PortalLink Link, string Token) Create(BusinessId businessId, Mode mode, CustomerId customerId, string? returnUrl, DateTimeOffset now)
    {
        var token = SecretToken.Generate();
        var link = new PortalLink
        {
            Id = Guid.CreateVersion7(now),
            BusinessId = businessId,
            Mode = mode,
            CustomerId = customerId,
            TokenHash = SecretToken.Hash(token),
            ReturnUrl = returnUrl,
            CreatedAt = now,
            ExpiresAt = now + Lifetime,
        };
        return (link, token);
    }
}
