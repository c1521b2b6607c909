using System.Collections.Frozen;

namespace Portal.BuildingBlocks.Domain;

/// <summary>An ISO 4217 currency with the number of digits of its minor unit.</summary>
public readonly record struct Currency
{
    private static readonly FrozenDictionary<string, int> MinorUnitDigits = new Dictionary<string, int>
    {
        ["AED"] = 2, ["AUD"] = 2, ["BHD"] = 3, ["BRL"] = 2, ["CAD"] = 2, ["CHF"] = 2, ["CNY"] = 2,
        ["CZK"] = 2, ["DKK"] = 2, ["EUR"] = 2, ["GBP"] = 2, ["HKD"] = 2, ["HUF"] = 2, ["IDR"] = 2,
        ["ILS"] = 2, ["INR"] = 2, ["ISK"] = 0, ["JOD"] = 3, ["JPY"] = 0, ["KRW"] = 0, ["KWD"] = 3,
        ["MXN"] = 2, ["NOK"] = 2, ["NZD"] = 2, ["OMR"] = 3, ["PLN"] = 2, ["RON"] = 2, ["SAR"] = 2,
        ["SEK"] = 2, ["SGD"] = 2, ["THB"] = 2, ["TND"] = 3, ["TRY"] = 2, ["USD"] = 2, ["VND"] = 0,
        ["ZAR"] = 2,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private Currency(string code, int digits)
    {
        Code = code;
        Digits = digits;
    }

    /// <summary>Every currency the platform takes, by code.</summary>
    public static IEnumerable<Currency> Supported =>
        MinorUnitDigits.Keys.Order(StringComparer.Ordinal).Select(code => new Currency(code, MinorUnitDigits[code]));

    public string Code { get; }

    /// <summary>Digits of the minor unit: 2 for EUR (cents), 0 for JPY, 3 for KWD.</summary>
    public int Digits { get; }

    public static bool TryParse(string? code, out Currency currency)
    {
        var normalized = code?.Trim().ToUpperInvariant();
        if (normalized is not null && MinorUnitDigits.TryGetValue(normalized, out var digits))
        {
            currency = new Currency(normalized, digits);
            return true;
        }

        currency = default;
        return false;
    }

    public static Currency Of(string code) =>
        TryParse(code, out var currency)
            ? currency
            : throw new DomainException(Error.Validation("INVALID_CURRENCY", $"'{code}' is not a supported ISO 4217 currency."));

    public override string ToString() => Code;
}
