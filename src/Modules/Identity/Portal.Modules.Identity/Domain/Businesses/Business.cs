namespace Portal.Modules.Identity.Domain.Businesses;

/// <summary>A merchant's business: the tenant. It exists in both modes; what it owns belongs to one.</summary>
internal sealed class Business : AggregateRoot
{
    private Business()
    {
    }

    public BusinessId Id { get; private set; }

    public string Name { get; private set; } = string.Empty;

    public Branding Branding { get; private set; } = Branding.Default;

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>The seller's registered address as printed on invoices (lines separated by newlines).</summary>
    public string? LegalAddress { get; private set; }

    /// <summary>The seller's VAT or tax number as printed on invoices (Italy: partita IVA).</summary>
    public string? TaxId { get; private set; }

    /// <summary>Where the business is established (ISO 3166-1 alpha-2), as the operator who onboarded it recorded.</summary>
    public string? Country { get; private set; }

    /// <summary>The currency the business sells in by default (ISO 4217).</summary>
    public string? Currency { get; private set; }

    /// <summary>
    /// The language the business writes to its customers in until they choose one in the portal; null follows each
    /// customer's browser at sign-in.
    /// </summary>
    public string? DefaultLanguage { get; private set; }

    /// <summary>The optional emails the business does not send its customers; none by default.</summary>
    public List<OptionalEmail> EmailsOff { get; private set; } = [];

    /// <summary>When the merchant closed the customer portal; while set, no link or session opens it.</summary>
    public DateTimeOffset? PortalClosedAt { get; private set; }

    public static Business Create(BusinessId id, string name, Branding branding, DateTimeOffset now, string? country = null, string? currency = null) =>
        new() { Id = id, Name = name.Trim(), Branding = branding, CreatedAt = now, Country = country, Currency = currency };

    /// <summary>
    /// Renames and rebrands the business and sets what its invoices say of it. The portal and the emails
    /// read this row on every use, so customers see the change at once, in both modes; issued invoices
    /// keep the details of their day. <paramref name="defaultLanguage"/> (null: each customer's browser) must be one the portal speaks.
    /// </summary>
    public void UpdateSettings(string name, Branding branding, string? legalAddress, string? taxId, string? defaultLanguage)
    {
        DefaultLanguage = defaultLanguage is null ? null : SupportedLanguage.Require(defaultLanguage);
        Name = name.Trim();
        Branding = branding;
        LegalAddress = legalAddress;
        TaxId = taxId;
    }

    /// <summary>From now on, <paramref name="off"/> are not sent and every other optional email is.</summary>
    public void TurnOffEmails(IEnumerable<OptionalEmail> off) => EmailsOff = [.. off.Where(Enum.IsDefined).Distinct().Order()];

    public void ClosePortal(DateTimeOffset now) => PortalClosedAt ??= now.ToStoredPrecision();

    public void OpenPortal() => PortalClosedAt = null;
}
