namespace Portal.BuildingBlocks.Application;

/// <summary>
/// Shows an amount the way a reader of that language expects (<c>12,00 €</c> in Italian, <c>€12.00</c>
/// in English) with the currency's own number of decimals. Used by pages, emails and invoices alike.
/// </summary>
public static class MoneyText
{
    public static string Format(Money amount, CultureInfo culture)
    {
        var format = (NumberFormatInfo)culture.NumberFormat.Clone();
        format.CurrencySymbol = amount.Currency.Code switch
        {
            "EUR" => "€",
            "USD" => "$",
            "GBP" => "£",
            "JPY" => "¥",
            var code => code + " ",
        };
        format.CurrencyDecimalDigits = amount.Currency.Digits;
        var value = amount.MinorUnits / (decimal)Math.Pow(10, amount.Currency.Digits);
        return value.ToString("C", format).Trim();
    }
}
