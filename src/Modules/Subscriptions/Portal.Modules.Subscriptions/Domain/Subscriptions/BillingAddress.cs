namespace Portal.Modules.Subscriptions.Domain.Subscriptions;

/// <summary>
/// Where a subscription is billed: country (ISO 3166-1 alpha-2, upper case), state, city, street and
/// zip code, each trimmed, bounded and free of control characters. Printed on its invoices.
/// </summary>
internal sealed record BillingAddress(string Country, string? State, string? City, string? Street, string? Zipcode)
{
    public const int MaxLineLength = 200;
    public const int MaxZipcodeLength = 20;

    public static BillingAddress Create(string? country, string? state, string? city, string? street, string? zipcode)
    {
        var code = country?.Trim().ToUpperInvariant();
        if (code is null || !BillingCountries.IsCountry(code))
        {
            throw new DomainException(Error.Validation("INVALID_COUNTRY", "The country must be an ISO 3166-1 alpha-2 code, such as IT or US."));
        }

        return new BillingAddress(
            code,
            Line(state, "state", MaxLineLength),
            Line(city, "city", MaxLineLength),
            Line(street, "street", MaxLineLength),
            Line(zipcode, "zipcode", MaxZipcodeLength));
    }

    /// <summary>The address as printed on an invoice: street, then zip code, city and state, then the country code.</summary>
    public string ToInvoiceText() =>
        string.Join('\n', new[] { Street, string.Join(' ', new[] { Zipcode, City, State }.Where(p => p is not null)), Country }.Where(l => !string.IsNullOrEmpty(l)));

    private static string? Line(string? value, string field, int maxLength)
    {
        var trimmed = value?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            return null;
        }

        return trimmed.Length > maxLength || trimmed.Any(char.IsControl)
            ? throw new DomainException(Error.Validation($"INVALID_{field.ToUpperInvariant()}", $"The {field} has at most {maxLength} characters and no control characters."))
            : trimmed;
    }
}
