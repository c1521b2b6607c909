namespace Portal.Modules.Subscriptions.Domain.Products;

/// <summary>
/// Something a business sells, in one mode. The price is per unit, in minor units, before tax. A
/// subscription or usage-based product renews every <see cref="Interval"/>, for ever or for
/// <see cref="TermPeriods"/> periods; existing subscriptions keep the price of their day.
/// </summary>
internal sealed class Product : AggregateRoot
{
    public const int MaxNameLength = 200;
    public const int MaxDescriptionLength = 2000;

    private Product()
    {
    }

    public ProductId Id { get; private set; }

    public BusinessId BusinessId { get; private set; }

    public Mode Mode { get; private set; }

    public string Name { get; private set; } = string.Empty;

    public string? Description { get; private set; }

    public ProductKind Kind { get; private set; }

    public long Price { get; private set; }

    public Currency Currency { get; private set; }

    public int TaxRateBasisPoints { get; private set; }

    public IntervalUnit? IntervalUnit { get; private set; }

    public int? IntervalCount { get; private set; }

    /// <summary>Null for one-time products.</summary>
    public BillingInterval? Interval => IntervalUnit is { } unit && IntervalCount is { } count ? new BillingInterval(unit, count) : null;

    /// <summary>Periods after which a subscription expires; null renews until cancelled.</summary>
    public int? TermPeriods { get; private set; }

    public bool IssuesLicenseKeys { get; private set; }

    public int? LicenseActivationLimit { get; private set; }

    public int? LicenseDurationDays { get; private set; }

    /// <summary>Null when the product issues no license keys.</summary>
    public LicenseTerms? License => IssuesLicenseKeys ? new LicenseTerms(LicenseActivationLimit, LicenseDurationDays) : null;

    public bool IsArchived { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public bool IsRecurring => Kind != ProductKind.OneTime;

    public static Product Create(BusinessId businessId, Mode mode, ProductDefinition definition, DateTimeOffset now)
    {
        var product = new Product
        {
            Id = PrefixedId.New<ProductId>(),
            BusinessId = businessId,
            Mode = mode,
            CreatedAt = now,
        };
        product.Apply(definition, now);
        return product;
    }

    /// <summary>Changes what new subscriptions get. The kind and currency stay: subscriptions already priced in them depend on it.</summary>
    public void Update(ProductDefinition definition, DateTimeOffset now)
    {
        if (definition.Kind != Kind || definition.Currency != Currency)
        {
            throw new DomainException(Error.Unprocessable("PRODUCT_KIND_LOCKED", "A product's kind and currency cannot change; create a new product instead."));
        }

        Apply(definition, now);
    }

    public void Archive(bool archived, DateTimeOffset now)
    {
        IsArchived = archived;
        UpdatedAt = now;
    }

    private void Apply(ProductDefinition definition, DateTimeOffset now)
    {
        var name = definition.Name?.Trim();
        if (string.IsNullOrEmpty(name) || name.Length > MaxNameLength || name.Any(char.IsControl))
        {
            throw new DomainException(Error.Validation("INVALID_PRODUCT_NAME", $"A product needs a name of 1 to {MaxNameLength} characters."));
        }

        var description = string.IsNullOrWhiteSpace(definition.Description) ? null : definition.Description.Trim();
        if (description is { Length: > MaxDescriptionLength })
        {
            throw new DomainException(Error.Validation("INVALID_PRODUCT_DESCRIPTION", $"A description has at most {MaxDescriptionLength} characters."));
        }

        if (definition.Price is < 1 or > 100_000_000_00)
        {
            throw new DomainException(Error.Validation("INVALID_PRICE", "A price is at least one minor unit and at most 10 000 000 000."));
        }

        if (definition.TaxRateBasisPoints is < 0 or > 10_000)
        {
            throw new DomainException(Error.Validation("INVALID_TAX_RATE", "A tax rate is between 0 and 100%."));
        }

        var recurring = definition.Kind != ProductKind.OneTime;
        if (recurring != definition.Interval.HasValue)
        {
            throw new DomainException(recurring
                ? Error.Validation("BILLING_INTERVAL_REQUIRED", "A subscription or usage-based product needs a billing interval.")
                : Error.Validation("BILLING_INTERVAL_NOT_ALLOWED", "A one-time product has no billing interval."));
        }

        if (definition.TermPeriods is not null && (!recurring || definition.TermPeriods is < 1 or > 1000))
        {
            throw new DomainException(Error.Validation("INVALID_TERM", "A term is 1 to 1000 billing periods of a recurring product."));
        }

        Name = name;
        Description = description;
        Kind = definition.Kind;
        Price = definition.Price;
        Currency = definition.Currency;
        TaxRateBasisPoints = definition.TaxRateBasisPoints;
        IntervalUnit = definition.Interval?.Unit;
        IntervalCount = definition.Interval?.Count;
        TermPeriods = definition.TermPeriods;
        IssuesLicenseKeys = definition.License is not null;
        LicenseActivationLimit = definition.License?.ActivationLimit;
        LicenseDurationDays = definition.License?.DurationDays;
        UpdatedAt = now;
    }
}

/// <summary>What a merchant says about a product when creating or editing it.</summary>
internal sealed record ProductDefinition(
    string? Name,
    string? Description,
    ProductKind Kind,
    long Price,
    Currency Currency,
    int TaxRateBasisPoints,
    BillingInterval? Interval,
    int? TermPeriods,
    LicenseTerms? License);
