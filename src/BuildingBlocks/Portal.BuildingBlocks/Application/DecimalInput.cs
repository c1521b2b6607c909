namespace Portal.BuildingBlocks.Application;

/// <summary>What <see cref="DecimalInput.TryParse"/> made of a typed number.</summary>
public enum DecimalInputResult
{
    Ok,
    Empty,
    Invalid,
    TooManyDecimals,
    TooLarge,
}

/// <summary>
/// Reads a number a person typed (an amount, a percentage) as a whole count of its smallest unit, with
/// string arithmetic only: <c>"12.50"</c> with 2 digits is 1250, <c>"1000"</c> with 0 digits is 1000.
/// No floating point, so no 0.1 + 0.2 surprises (ADR 0008). Either <c>.</c> or <c>,</c> separates the
/// decimals, as English and Italian readers write them; thousands separators and signs are refused, since
/// <c>1,000</c> would mean a thousand to one reader and one to the other.
/// </summary>
public static class DecimalInput
{
    // 15 whole digits × 10^3 stays far below long.MaxValue (about 9.2 × 10^18).
    private const int MaxWholeDigits = 15;
    private const int MaxDigits = 3;

    public static DecimalInputResult TryParse(string? text, int digits, out long scaled)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(digits);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(digits, MaxDigits);
        scaled = 0;
        var value = text?.Trim();
        if (string.IsNullOrEmpty(value))
        {
            return DecimalInputResult.Empty;
        }

        var separator = value.IndexOfAny(['.', ',']);
        var whole = separator < 0 ? value : value[..separator];
        var fraction = separator < 0 ? string.Empty : value[(separator + 1)..];
        if (whole.Length == 0 || (separator >= 0 && fraction.Length == 0) || !whole.All(char.IsAsciiDigit) || !fraction.All(char.IsAsciiDigit))
        {
            return DecimalInputResult.Invalid;
        }

        if (fraction.Length > digits)
        {
            return DecimalInputResult.TooManyDecimals;
        }

        var significant = whole.TrimStart('0');
        if (significant.Length > MaxWholeDigits)
        {
            return DecimalInputResult.TooLarge;
        }

        scaled = long.Parse(whole, NumberStyles.None, CultureInfo.InvariantCulture) * Pow10(digits)
            + (digits == 0 ? 0 : long.Parse(fraction.PadRight(digits, '0'), NumberStyles.None, CultureInfo.InvariantCulture));
        return DecimalInputResult.Ok;
    }

    /// <summary>The inverse, as a form field shows it again: 1250 with 2 digits is <c>"12.50"</c>.</summary>
    public static string Format(long scaled, int digits)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(scaled);
        var divisor = Pow10(digits);
        var whole = (scaled / divisor).ToString(CultureInfo.InvariantCulture);
        return digits == 0 ? whole : whole + "." + (scaled % divisor).ToString(CultureInfo.InvariantCulture).PadLeft(digits, '0');
    }

    private static long Pow10(int digits)
    {
        var result = 1L;
        for (var i = 0; i < digits; i++)
        {
            result *= 10;
        }

        return result;
    }
}
