using Portal.BuildingBlocks.Domain;

namespace Portal.Tests.Integration;

public sealed class MoneyTests
{
    private static readonly Currency Eur = Currency.Of("EUR");

    [Theory]
    [InlineData(1000, 1, 3, 333)]    // 333.33… rounds down
    [InlineData(1000, 2, 3, 667)]    // 666.66… rounds up
    [InlineData(1, 1, 2, 1)]         // exactly half: away from zero
    [InlineData(-1, 1, 2, -1)]       // exactly half, negative (a credit): away from zero
    [InlineData(2999, 15, 30, 1500)] // 1499.5 → 1500
    [InlineData(2999, 0, 30, 0)]
    [InlineData(long.MaxValue / 2, 2, 2, long.MaxValue / 2)] // no overflow in the intermediate product
    public void Multiplying_by_a_fraction_rounds_once_to_the_nearest_minor_unit_halves_away_from_zero(long amount, long numerator, long denominator, long expected)
    {
        Assert.Equal(new Money(expected, Eur), new Money(amount, Eur).MultiplyByFraction(numerator, denominator));
    }

    [Theory]
    [InlineData(5, 1, 2, 2)]     // 2.5 → 2 (even)
    [InlineData(7, 1, 2, 4)]     // 3.5 → 4 (even)
    [InlineData(-5, 1, 2, -2)]   // −2.5 → −2
    [InlineData(-7, 1, 2, -4)]   // −3.5 → −4
    [InlineData(1000, 1, 3, 333)] // not a half: nearest, as always
    [InlineData(1001, 2, 3, 667)] // 667.33… → 667
    public void Multiplying_by_a_fraction_with_halves_to_even_rounds_exact_halves_to_the_even_neighbour(long amount, long numerator, long denominator, long expected)
    {
        Assert.Equal(new Money(expected, Eur), new Money(amount, Eur).MultiplyByFraction(numerator, denominator, MidpointRounding.ToEven));
    }

    [Fact]
    public void Refuses_a_fraction_with_a_zero_denominator()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new Money(100, Eur).MultiplyByFraction(1, 0));
    }

    [Fact]
    public void Adds_and_subtracts_in_one_currency()
    {
        Assert.Equal(new Money(350, Eur), new Money(500, Eur) - new Money(200, Eur) + new Money(50, Eur));
    }

    [Fact]
    public void Refuses_to_mix_currencies()
    {
        Assert.Throws<InvalidOperationException>(() => new Money(1, Eur) + new Money(1, Currency.Of("USD")));
    }

    [Fact]
    public void Detects_overflow_instead_of_wrapping_around()
    {
        Assert.Throws<OverflowException>(() => new Money(long.MaxValue, Eur) + new Money(1, Eur));
    }

    [Theory]
    [InlineData(123456, "EUR", "1234.56 EUR")]
    [InlineData(-5, "EUR", "-0.05 EUR")]
    [InlineData(500, "JPY", "500 JPY")]
    [InlineData(1500, "KWD", "1.500 KWD")]
    public void Prints_in_major_units_with_the_currencys_digits(long amount, string currency, string expected)
    {
        Assert.Equal(expected, new Money(amount, Currency.Of(currency)).ToString());
    }

    [Theory]
    [InlineData("eur", "EUR", 2)]
    [InlineData(" JPY ", "JPY", 0)]
    [InlineData("KWD", "KWD", 3)]
    public void Knows_iso_currencies_and_their_minor_units(string code, string expectedCode, int digits)
    {
        var currency = Currency.Of(code);

        Assert.Equal(expectedCode, currency.Code);
        Assert.Equal(digits, currency.Digits);
    }

    [Theory]
    [InlineData("XXX")]
    [InlineData("")]
    [InlineData("EURO")]
    public void Refuses_an_unknown_currency_with_a_code(string code)
    {
        var error = Assert.Throws<DomainException>(() => Currency.Of(code)).Error;

        Assert.Equal("INVALID_CURRENCY", error.Code);
    }
}
