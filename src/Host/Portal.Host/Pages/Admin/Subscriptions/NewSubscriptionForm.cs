namespace Portal.Host.Pages.Admin.Subscriptions;

/// <summary>
/// "New subscription" on a customer's page: what the merchant typed, what the form offers (the
/// business's recurring products and the customer's saved cards in the mode shown) and, after a
/// refusal, a message beside each wrong field. A product or card that is not on offer is refused here,
/// so another business's or customer's id never reaches the command.
/// </summary>
public sealed class NewSubscriptionForm
{
    /// <summary>The field each refusal of the command is about, by error code.</summary>
    private static readonly Dictionary<string, string> FieldOfCode = new(StringComparer.Ordinal)
    {
        ["PRODUCT_ARCHIVED"] = nameof(ProductId),
        ["PRODUCT_NOT_RECURRING"] = nameof(ProductId),
        ["INVALID_QUANTITY"] = nameof(Quantity),
        ["PAYMENT_METHOD_REQUIRED"] = nameof(PaymentMethodId),
        ["INVALID_COUNTRY"] = nameof(Country),
        ["INVALID_STATE"] = nameof(State),
        ["INVALID_CITY"] = nameof(City),
        ["INVALID_STREET"] = nameof(Street),
        ["INVALID_ZIPCODE"] = nameof(Zipcode),
    };

    public string? ProductId { get; set; }

    public string? Quantity { get; set; } = "1";

    public string? PaymentMethodId { get; set; }

    public string? Country { get; set; }

    public string? State { get; set; }

    public string? City { get; set; }

    public string? Street { get; set; }

    public string? Zipcode { get; set; }

    /// <summary>Every field, in the form's order: the error summary lists the refused ones so.</summary>
    public static readonly IReadOnlyList<string> Fields =
        [nameof(ProductId), nameof(Quantity), nameof(PaymentMethodId), nameof(Street), nameof(Zipcode), nameof(City), nameof(State), nameof(Country)];

    /// <summary>The fields that were refused, by the id of their input (<see cref="FieldId"/>).</summary>
    public FormErrors Errors { get; } = new();

    public IReadOnlyList<ProductDto> Products { get; private set; } = [];

    public IReadOnlyList<PaymentMethodDto> PaymentMethods { get; private set; } = [];

    public bool CanSubscribe => Products.Count > 0 && PaymentMethods.Count > 0;

    public async Task LoadChoicesAsync(ISender sender, BusinessId business, Mode mode, CustomerId customer, CancellationToken cancellationToken)
    {
        Products = await sender.QueryAsync(new ListProductsQuery(business, mode, Recurring: true, Archived: false, 0, 100), cancellationToken);
        PaymentMethods = await sender.QueryAsync(new ListPaymentMethodsQuery(business, mode, customer), cancellationToken);
    }

    /// <summary>Creates the subscription (its first period charged), or null with <see cref="Errors"/> set and nothing created.</summary>
    public async Task<SubscriptionDto?> SubmitAsync(ISender sender, BusinessId business, Mode mode, CustomerId customer, CancellationToken cancellationToken)
    {
        if (!Products.Any(p => p.Id == ProductId))
        {
            Refuse(nameof(ProductId));
        }

        if (!int.TryParse(Quantity?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var quantity) || quantity < 1)
        {
            Refuse(nameof(Quantity));
        }

        if (!PaymentMethods.Any(m => m.PaymentMethodId == PaymentMethodId))
        {
            Refuse(nameof(PaymentMethodId));
        }

        if (Errors.Count > 0)
        {
            return null;
        }

        try
        {
            return await sender.SendAsync(
                new CreateSubscriptionCommand(
                    business, mode, customer.Value, ProductId!, quantity, PaymentMethodId, new BillingAddressInput(Country, State, City, Street, Zipcode), SubscriptionActor.Merchant),
                cancellationToken);
        }
        catch (DomainException exception) when (FieldOfCode.TryGetValue(exception.Error.Code, out var field))
        {
            Refuse(field);
        }
        catch (ValidationException exception) when (exception.Errors.All(f => f.PropertyName == nameof(CreateSubscriptionCommand.Quantity)))
        {
            Refuse(nameof(Quantity));
        }

        return null;
    }

    /// <summary>The id of the field's input: <c>new-subscription-paymentmethodid</c>.</summary>
    public static string FieldId(string field) => "new-subscription-" + field.ToLowerInvariant();

    private void Refuse(string field) => Errors.Add(FieldId(field), "NewSubscription.Error." + field);
}
