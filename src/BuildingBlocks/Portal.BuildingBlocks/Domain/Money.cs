namespace Portal.BuildingBlocks.Domain;

/// <summary>
/// An amount in the currency's minor unit (cents for EUR). Never a floating point number (ADR 0008).
/// Arithmetic refuses to mix currencies; the only rounding happens in <see cref="MultiplyByFraction"/>.
/// </summary>
public readonly record struct Money(long MinorUnits, Currency Currency)
{
    public static Money Zero(Currency currency) => new(0, currency);

    public bool IsZero => MinorUnits == 0;

    public bool IsNegative => MinorUnits < 0;

    public static Money operator +(Money left, Money right) =>
        new(checked(left.MinorUnits + SameCurrency(left, right).MinorUnits), left.Currency);

    public static Money operator -(Money left, Money right) =>
        new(checked(left.MinorUnits - SameCurrency(left, right).MinorUnits), left.Currency);

    public static Money operator -(Money value) => new(checked(-value.MinorUnits), value.Currency);

    public Money Multiply(long factor) => new(checked(MinorUnits * factor), Currency);

    /// <summary>The tax on this amount at <paramref name="basisPoints"/> (2200 = 22%), rounded as every invoice line's is (ADR 0008).</summary>
    public Money TaxAt(int basisPoints) => MultiplyByFraction(basisPoints, 10_000);

    /// <summary>
    /// <c>this × numerator ÷ denominator</c>, rounded once, to the nearest minor unit with halves away
    /// from zero. Used for proration: exact integer arithmetic, no intermediate rounding.
    /// </summary>
    public Money MultiplyByFraction(long numerator, long denominator) => MultiplyByFraction(numerator, denominator, MidpointRounding.AwayFromZero);

    /// <summary>
    /// The same with the rule for exact halves chosen: <see cref="MidpointRounding.AwayFromZero"/> (tax,
    /// ADR 0008) or <see cref="MidpointRounding.ToEven"/> (proration, ADR 0015: 2.5 → 2, 3.5 → 4).
    /// </summary>
    public Money MultiplyByFraction(long numerator, long denominator, MidpointRounding rounding)
    {
        if (rounding is not (MidpointRounding.AwayFromZero or MidpointRounding.ToEven))
        {
            throw new ArgumentOutOfRangeException(nameof(rounding), "Only halves away from zero or to even are supported.");
        }

        if (denominator <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(denominator), "The denominator must be positive.");
        }

        var product = (Int128)MinorUnits * numerator;
        var quotient = Int128.DivRem(product, denominator);
        var twiceRemainder = Int128.Abs(quotient.Remainder) * 2;
        var rounded = quotient.Quotient;
        var half = twiceRemainder == denominator;
        if (twiceRemainder > denominator || (half && (rounding == MidpointRounding.AwayFromZero || !Int128.IsEvenInteger(quotient.Quotient))))
        {
            rounded += product < 0 ? -1 : 1;
        }

        return new Money(checked((long)rounded), Currency);
    }

    public override string ToString()
    {
        var scale = 1L;
        for (var digit = 0; digit < Currency.Digits; digit++)
        {
            scale *= 10;
        }

        var whole = Math.Abs(MinorUnits) / scale;
        var fraction = Math.Abs(MinorUnits) % scale;
        var sign = MinorUnits < 0 ? "-" : string.Empty;
        return Currency.Digits == 0
            ? $"{sign}{whole} {Currency.Code}"
            : $"{sign}{whole}.{fraction.ToString(new string('0', Currency.Digits), System.Globalization.CultureInfo.InvariantCulture)} {Currency.Code}";
    }

    private static Money SameCurrency(Money left, Money right) =>
        left.Currency == right.Currency
            ? right
            : throw new InvalidOperationException($"Cannot combine {left.Currency} with {right.Currency}.");
}
