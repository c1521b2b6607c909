namespace Portal.Modules.Billing.Contracts.PaymentMethods;

/// <summary>Card networks are stored lower case, as the gateways name them ("visa"); people read "Visa".</summary>
public static class CardBrand
{
    public static string Display(string brand) => brand.Length == 0 ? brand : char.ToUpperInvariant(brand[0]) + brand[1..];
}
