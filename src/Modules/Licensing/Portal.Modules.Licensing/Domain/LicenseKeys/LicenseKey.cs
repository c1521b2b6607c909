namespace Portal.Modules.Licensing.Domain.LicenseKeys;

/// <summary>
/// A license key issued for one product of one purchase. It is <see cref="LicenseKeyStatus.Active"/>
/// until disabled or past <see cref="ExpiresAt"/>; a key bought with a subscription follows it (no
/// expiry while it runs, the end of access once it ends). <see cref="InstancesCount"/> is kept with the
/// key so that activating, under the key's row lock, never goes past <see cref="ActivationsLimit"/>.
/// The key itself is stored as its SHA-256 (to find it) and encrypted (to show it to its owner).
/// </summary>
internal sealed class LicenseKey : AggregateRoot
{
    public const int MaxActivationsLimit = 10_000;

    /// <summary>A customer may clear all their activations once in this time.</summary>
    public static readonly TimeSpan ResetInterval = TimeSpan.FromHours(24);

    private LicenseKey()
    {
    }

    public LicenseKeyId Id { get; private set; }

    public BusinessId BusinessId { get; private set; }

    public Mode Mode { get; private set; }

    public CustomerId CustomerId { get; private set; }

    public ProductId ProductId { get; private set; }

    /// <summary>The product's name when the key was issued.</summary>
    public string ProductName { get; private set; } = string.Empty;

    public byte[] KeyHash { get; private set; } = [];

    public string ProtectedKey { get; private set; } = string.Empty;

    /// <summary><c>payment:{id}:{product}</c> or <c>subscription:{id}:{product}</c>: one key per purchase and product, however often the payment is announced.</summary>
    public string IssuanceKey { get; private set; } = string.Empty;

    public PaymentId? PaymentId { get; private set; }

    public SubscriptionId? SubscriptionId { get; private set; }

    public int? ActivationsLimit { get; private set; }

    public int InstancesCount { get; private set; }

    public bool Disabled { get; private set; }

    public DateTimeOffset? ExpiresAt { get; private set; }

    /// <summary>When the subscription event last applied happened: an older one arriving late changes nothing.</summary>
    public DateTimeOffset? SubscriptionStateAt { get; private set; }

    public DateTimeOffset? ActivationsResetAt { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public static string IssuanceKeyFor(PaymentId paymentId, SubscriptionId? subscriptionId, ProductId productId) =>
        subscriptionId is { } subscription ? $"subscription:{subscription}:{productId}" : $"payment:{paymentId}:{productId}";

    public static LicenseKey Issue(
        BusinessId businessId,
        Mode mode,
        CustomerId customerId,
        ProductId productId,
        string productName,
        PaymentId paymentId,
        SubscriptionId? subscriptionId,
        int? activationsLimit,
        int? durationDays,
        byte[] keyHash,
        string protectedKey,
        DateTimeOffset now) => new()
        {
            Id = PrefixedId.New<LicenseKeyId>(),
            BusinessId = businessId,
            Mode = mode,
            CustomerId = customerId,
            ProductId = productId,
            ProductName = productName,
            KeyHash = keyHash,
            ProtectedKey = protectedKey,
            IssuanceKey = IssuanceKeyFor(paymentId, subscriptionId, productId),
            PaymentId = paymentId,
            SubscriptionId = subscriptionId,
            ActivationsLimit = ValidLimit(activationsLimit),
            // A subscription's key lasts as long as the subscription; a one-time purchase's as the product says.
            ExpiresAt = subscriptionId is null && durationDays is { } days ? now.AddDays(days) : null,
            CreatedAt = now,
            UpdatedAt = now,
        };

    public static LicenseKeyStatus StatusOf(bool disabled, DateTimeOffset? expiresAt, DateTimeOffset now) =>
        disabled ? LicenseKeyStatus.Disabled
        : expiresAt is { } expiry && expiry <= now ? LicenseKeyStatus.Expired
        : LicenseKeyStatus.Active;

    public LicenseKeyStatus StatusAt(DateTimeOffset now) => StatusOf(Disabled, ExpiresAt, now);

    /// <summary>Takes one activation: only an active key with room left.</summary>
    public LicenseKeyInstance Activate(string? instanceName, DateTimeOffset now)
    {
        EnsureUsable(now);
        if (ActivationsLimit is { } limit && InstancesCount >= limit)
        {
            throw new DomainException(Error.Unprocessable(
                "ACTIVATION_LIMIT_REACHED", $"This license key is already active on {limit} of {limit} allowed instances: deactivate one first."));
        }

        var instance = LicenseKeyInstance.Activate(this, instanceName, now);
        InstancesCount++;
        UpdatedAt = now;
        return instance;
    }

    /// <summary>Gives back the activation of an instance just removed.</summary>
    public void Release(DateTimeOffset now)
    {
        InstancesCount = Math.Max(0, InstancesCount - 1);
        UpdatedAt = now;
    }

    public bool CanResetActivationsAt(DateTimeOffset now) => ActivationsResetAt is not { } last || now - last >= ResetInterval;

    /// <summary>The customer clears every activation at once (the handler removes the instances), once per <see cref="ResetInterval"/>.</summary>
    public void ResetActivations(DateTimeOffset now)
    {
        if (!CanResetActivationsAt(now))
        {
            throw new DomainException(Error.Conflict(
                "ACTIVATIONS_RESET_TOO_SOON", $"Activations of this key were reset less than {ResetInterval.TotalHours:0} hours ago; deactivate instances one by one, or try again later."));
        }

        InstancesCount = 0;
        ActivationsResetAt = now;
        UpdatedAt = now;
    }

    /// <summary>The merchant sets a new activation limit (null: unlimited); never below the instances in use.</summary>
    public void SetActivationsLimit(int? activationsLimit, DateTimeOffset now)
    {
        var limit = ValidLimit(activationsLimit);
        if (limit is { } newLimit && newLimit < InstancesCount)
        {
            throw new DomainException(Error.Unprocessable(
                "ACTIVATIONS_LIMIT_BELOW_USAGE", $"This key is active on {InstancesCount} instances: deactivate some before lowering the limit to {newLimit}."));
        }

        ActivationsLimit = limit;
        UpdatedAt = now;
    }

    /// <summary>A disabled key neither activates nor validates, whatever its expiry.</summary>
    public void SetDisabled(bool disabled, DateTimeOffset now)
    {
        Disabled = disabled;
        UpdatedAt = now;
    }

    /// <summary>The merchant extends or shortens the key (null: never expires); a subscription's next change sets it again.</summary>
    public void SetExpiry(DateTimeOffset? expiresAt, DateTimeOffset now)
    {
        ExpiresAt = expiresAt;
        UpdatedAt = now;
    }

    /// <summary>
    /// Follows the subscription the key was bought with: once it ends, or is set to end, the key expires
    /// when access ends; active again, the key has no expiry. Events older than the last applied are ignored.
    /// </summary>
    public void FollowSubscription(bool accessEnds, DateTimeOffset accessEndsAt, DateTimeOffset occurredAt, DateTimeOffset now)
    {
        if (SubscriptionStateAt is { } applied && occurredAt < applied)
        {
            return;
        }

        SubscriptionStateAt = occurredAt;
        ExpiresAt = accessEnds ? accessEndsAt : null;
        UpdatedAt = now;
    }

    public void EnsureUsable(DateTimeOffset now)
    {
        switch (StatusAt(now))
        {
            case LicenseKeyStatus.Disabled:
                throw new DomainException(Error.Unprocessable("LICENSE_KEY_DISABLED", "This license key has been disabled by the seller."));
            case LicenseKeyStatus.Expired:
                throw new DomainException(Error.Unprocessable("LICENSE_KEY_EXPIRED", "This license key has expired."));
        }
    }

    private static int? ValidLimit(int? limit) =>
        limit is < 1 or > MaxActivationsLimit
            ? throw new DomainException(Error.Validation("INVALID_ACTIVATIONS_LIMIT", $"The activation limit is 1 to {MaxActivationsLimit}, or null for unlimited."))
            : limit;
}
