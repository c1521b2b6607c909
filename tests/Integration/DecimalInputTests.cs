using Portal.BuildingBlocks.Application;
using Portal.BuildingBlocks.Domain;

namespace Portal.Tests.Integration;

public sealed class DecimalInputTests
{
    [Theory]
    [InlineData("12.50", 2, 1250)]
    [InlineData("12,50", 2, 1250)]
    [InlineData(" 12.5 ", 2, 1250)]
    [InlineData("12", 2, 1200)]
    [InlineData("0.01", 2, 1)]
    [InlineData("0.1", 2, 10)]
    [InlineData("1000", 0, 1000)]
    [InlineData("1.234", 3, 1234)]
    [InlineData("007", 0, 7)]
    [InlineData("999999999999999.99", 2, 99999999999999999)]
    public void Reads_a_typed_number_exactly_in_its_smallest_unit(string text, int digits, long expected)
    {
        Assert.Equal(DecimalInputResult.Ok, DecimalInput.TryParse(text, digits, out var scaled));
        Assert.Equal(expected, scaled);
    }

    [Theory]
    [InlineData("12.345", 2, DecimalInputResult.TooManyDecimals)]
    [InlineData("1000.5", 0, DecimalInputResult.TooManyDecimals)]
    [InlineData("1000.0", 0, DecimalInputResult.TooManyDecimals)]
    [InlineData("", 2, DecimalInputResult.Empty)]
    [InlineData("   ", 2, DecimalInputResult.Empty)]
    [InlineData(null, 2, DecimalInputResult.Empty)]
    [InlineData("-5", 2, DecimalInputResult.Invalid)]
    [InlineData("+5", 2, DecimalInputResult.Invalid)]
    [InlineData("1,000.00", 2, DecimalInputResult.Invalid)]
    [InlineData("1 000", 2, DecimalInputResult.Invalid)]
    [InlineData("12.", 2, DecimalInputResult.Invalid)]
    [InlineData(".5", 2, DecimalInputResult.Invalid)]
    [InlineData("1e3", 2, DecimalInputResult.Invalid)]
    [InlineData("١٢", 2, DecimalInputResult.Invalid)]
    [InlineData("€12", 2, DecimalInputResult.Invalid)]
    [InlineData("1234567890123456", 2, DecimalInputResult.TooLarge)]
    public void Refuses_what_is_not_a_plain_number_with_at_most_the_digits_allowed(string? text, int digits, DecimalInputResult expected)
    {
        Assert.Equal(expected, DecimalInput.TryParse(text, digits, out _));
    }

    [Theory]
    [InlineData(1250, 2, "12.50")]
    [InlineData(5, 2, "0.05")]
    [InlineData(1000, 0, "1000")]
    [InlineData(1234, 3, "1.234")]
    public void Formats_back_what_it_reads(long scaled, int digits, string expected)
    {
        Assert.Equal(expected, DecimalInput.Format(scaled, digits));
        Assert.Equal(DecimalInputResult.Ok, DecimalInput.TryParse(expected, digits, out var again));
        Assert.Equal(scaled, again);
    }

    [Fact]
    public void Every_supported_currency_is_listed_once_by_code()
    {
        var codes = Currency.Supported.Select(c => c.Code).ToList();

        Assert.Contains("EUR", codes);
        Assert.Equal(0, Currency.Supported.Single(c => c.Code == "JPY").Digits);
        Assert.Equal(codes.Order(StringComparer.Ordinal), codes);
        Assert.Equal(codes.Count, codes.Distinct().Count());
    }
}
