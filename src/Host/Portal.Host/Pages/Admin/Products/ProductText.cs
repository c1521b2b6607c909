using Microsoft.Extensions.Localization;

namespace Portal.Host.Pages.Admin.Products;

/// <summary>How a product reads on the merchant's pages: its price in the page's language and how often it bills.</summary>
public static class ProductText
{
    public static string Price(ProductDto product) =>
        MoneyText.Format(new Money(product.Price, Currency.Of(product.Currency)), CultureInfo.CurrentUICulture);

    /// <summary>"One-time", "Every month", "Every 3 months · ends after 12 payments".</summary>
    public static string Billing(ProductDto product, IStringLocalizer<AdminResource> text)
    {
        if (product is not { IntervalUnit: { } unit, IntervalCount: { } count })
        {
            return text["Products.Once"];
        }

        var every = count == 1 ? text["Products.Every." + Wire.Name(unit)] : text["Products.EveryN." + Wire.Name(unit), count];
        return product.TermPeriods is { } periods ? text["Products.WithTerm", every, periods] : every;
    }
}
