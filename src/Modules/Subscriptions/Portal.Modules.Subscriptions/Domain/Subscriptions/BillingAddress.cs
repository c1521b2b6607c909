using System.Collections.Frozen;
using Portal.BuildingBlocks.Domain;

namespace Portal.Modules.Subscriptions.Domain.Subscriptions;

/// <summary>
/// Where a subscription is billed: country (ISO 3166-1 alpha-2, upper case), state, city, street and
/// zip code, each trimmed, bounded and free of control characters. Printed on its invoices.
/// </summary>
internal sealed record BillingAddress(string Country, string? State, string? City, string? Street, string? Zipcode)
{
    public const int MaxLineLength = 200;
    public const int MaxZipcodeLength = 20;

    private static readonly FrozenSet<string> Countries = (
        "AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ " +
        "CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO " +
        "FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE " +
        "JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO " +
        "MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW " +
        "PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM " +
        "TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW").Split(' ').ToFrozenSet(StringComparer.Ordinal);

    public static BillingAddress Create(string? country, string? state, string? city, string? street, string? zipcode)
    {
        var code = country?.Trim().ToUpperInvariant();
        if (code is null || !Countries.Contains(code))
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

    public static bool IsCountry(string? code) => code is not null && Countries.Contains(code);

    /// <summary>The address as printed on an invoice: street, then zip code, city and state, then the country code.</summary>
    public string ToInvoiceText() =>
        string.Join('\n', new[] { Street, string.Join(' ', new[] { Zipcode, City, State }.Where(p => p is not null)), Country }.Where(l => !string.IsNullOrEmpty(l)));

    public static IReadOnlyCollection<string> CountryCodes => Countries;

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
