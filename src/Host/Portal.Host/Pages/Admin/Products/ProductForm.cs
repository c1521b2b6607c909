namespace Portal.Host.Pages.Admin.Products;

/// <summary>
/// The product form as the merchant typed it: amounts and numbers stay text until <see cref="ToInput"/>
/// reads them, so a typo is shown back as typed with a message rather than lost. The price is typed in
/// the currency's units ("12.50" euros) and read exactly into minor units (1250 cents).
/// </summary>
public sealed class ProductForm
{
    public string? Kind { get; set; } = Wire.Name(ProductKind.Subscription);

    public string? Name { get; set; }

    public string? Description { get; set; }

    public string? Price { get; set; }

    public string? Currency { get; set; } = "EUR";

    /// <summary>Percent, up to two decimals ("22", "5.5").</summary>
    public string? TaxRate { get; set; } = "0";

    public string? IntervalCount { get; set; } = "1";

    public string? IntervalUnit { get; set; } = Wire.Name(Modules.Subscriptions.Contracts.Products.IntervalUnit.Month);

    public string? TermPeriods { get; set; }

    public bool LicenseKeys { get; set; }

    public string? ActivationLimit { get; set; }

    public string? DurationDays { get; set; }

    public static IReadOnlyList<string> Kinds { get; } = Wire.NamesOf<ProductKind>();

    public static IReadOnlyList<string> IntervalUnits { get; } = Wire.NamesOf<IntervalUnit>();

    public bool IsRecurring => Wire.TryParse<ProductKind>(Kind, out var kind) && kind != ProductKind.OneTime;

    public static ProductForm From(ProductDto product)
    {
        var digits = BuildingBlocks.Domain.Currency.Of(product.Currency).Digits;
        return new ProductForm
        {
            Kind = Wire.Name(product.Kind),
            Name = product.Name,
            Description = product.Description,
            Price = DecimalInput.Format(product.Price, digits),
            Currency = product.Currency,
            TaxRate = Percent(product.TaxRateBasisPoints),
            IntervalCount = product.IntervalCount?.ToString(CultureInfo.InvariantCulture) ?? "1",
            IntervalUnit = Wire.Name(product.IntervalUnit ?? Modules.Subscriptions.Contracts.Products.IntervalUnit.Month),
            TermPeriods = product.TermPeriods?.ToString(CultureInfo.InvariantCulture),
            LicenseKeys = product.IssuesLicenseKeys,
            ActivationLimit = product.LicenseActivationLimit?.ToString(CultureInfo.InvariantCulture),
            DurationDays = product.LicenseDurationDays?.ToString(CultureInfo.InvariantCulture),
        };
    }

    /// <summary>
    /// What the command takes, or null with a message in <paramref name="errors"/> for each field that
    /// cannot be read. Interval and term are sent only for recurring kinds, license terms only with the
    /// box ticked: what is typed in a field that does not apply is left aside, not refused.
    /// </summary>
    public ProductInput? ToInput(FormErrors errors)
    {
        var price = 0L;
        if (!BuildingBlocks.Domain.Currency.TryParse(Currency, out var currency))
        {
            errors.Add(Fields.Currency, "Products.Error.INVALID_CURRENCY");
        }
        else
        {
            switch (DecimalInput.TryParse(Price, currency.Digits, out price))
            {
                case DecimalInputResult.Ok:
                    break;
                case DecimalInputResult.TooManyDecimals when currency.Digits == 0:
                    errors.Add(Fields.Price, "Products.Error.PriceWhole", currency.Code);
                    break;
                case DecimalInputResult.TooManyDecimals:
                    errors.Add(Fields.Price, "Products.Error.PriceDecimals", currency.Code, currency.Digits);
                    break;
                case DecimalInputResult.TooLarge:
                    errors.Add(Fields.Price, "Products.Error.INVALID_PRICE");
                    break;
                default:
                    errors.Add(Fields.Price, "Products.Error.PriceFormat");
                    break;
            }
        }

        var tax = DecimalInput.TryParse(TaxRate, 2, out var basisPoints);
        if (tax is not (DecimalInputResult.Ok or DecimalInputResult.Empty) || basisPoints > 10_000)
        {
            errors.Add(Fields.TaxRate, "Products.Error.INVALID_TAX_RATE");
        }

        var recurring = IsRecurring;
        var intervalCount = recurring ? WholeNumber(IntervalCount, Fields.IntervalCount, errors) : null;
        var termPeriods = recurring ? WholeNumber(TermPeriods, Fields.TermPeriods, errors) : null;
        var activationLimit = LicenseKeys ? WholeNumber(ActivationLimit, Fields.ActivationLimit, errors) : null;
        var durationDays = LicenseKeys ? WholeNumber(DurationDays, Fields.DurationDays, errors) : null;
        if (errors.Count > 0)
        {
            return null;
        }

        return new ProductInput(
            Name,
            Description,
            Kind,
            price,
            currency.Code,
            (int)basisPoints,
            recurring ? IntervalUnit : null,
            intervalCount ?? (recurring ? 1 : null),
            termPeriods,
            LicenseKeys,
            activationLimit,
            durationDays);
    }

    /// <summary>The field a refusal of the Subscriptions module is about, by its error code.</summary>
    public static string FieldOf(string code) => code switch
    {
        "INVALID_PRODUCT_KIND" or "PRODUCT_KIND_LOCKED" => Fields.Kind,
        "INVALID_PRODUCT_NAME" => Fields.Name,
        "INVALID_PRODUCT_DESCRIPTION" => Fields.Description,
        "INVALID_PRICE" => Fields.Price,
        "INVALID_CURRENCY" => Fields.Currency,
        "INVALID_TAX_RATE" => Fields.TaxRate,
        "BILLING_INTERVAL_REQUIRED" or "INVALID_BILLING_INTERVAL" or "BILLING_INTERVAL_NOT_ALLOWED" => Fields.IntervalCount,
        "INVALID_TERM" => Fields.TermPeriods,
        "INVALID_ACTIVATION_LIMIT" => Fields.ActivationLimit,
        "INVALID_LICENSE_DURATION" => Fields.DurationDays,
        _ => Fields.Form,
    };

    private static string Percent(int basisPoints)
    {
        var text = DecimalInput.Format(basisPoints, 2);
        return text.TrimEnd('0').TrimEnd('.');
    }

    private static int? WholeNumber(string? text, string field, FormErrors errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            return number;
        }

        errors.Add(field, "Products.Error.WholeNumber");
        return null;
    }

    /// <summary>The ids of the form's inputs, which are also the keys of its errors.</summary>
    public static class Fields
    {
        public const string Form = "product-form";
        public const string Kind = "product-kind";
        public const string Name = "product-name";
        public const string Description = "product-description";
        public const string Price = "product-price";
        public const string Currency = "product-currency";
        public const string TaxRate = "product-tax";
        public const string IntervalCount = "interval-count";
        public const string IntervalUnit = "interval-unit";
        public const string TermPeriods = "term-periods";
        public const string LicenseKeys = "license-keys";
        public const string ActivationLimit = "activation-limit";
        public const string DurationDays = "duration-days";

        /// <summary>In the order the form shows them, for the error summary.</summary>
        public static IReadOnlyList<string> InOrder { get; } =
            [Form, Kind, Name, Description, Price, Currency, TaxRate, IntervalCount, TermPeriods, ActivationLimit, DurationDays];
    }
}
