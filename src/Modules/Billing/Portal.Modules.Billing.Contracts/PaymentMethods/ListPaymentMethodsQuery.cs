namespace Portal.Modules.Billing.Contracts.PaymentMethods;

/// <summary>
/// A customer's saved cards, the default first. Empty for an unknown customer (callers check the customer
/// exists). Kept in memory until the customer's cards change or a month ends (expiry badges; ADR 0019).
/// </summary>
public sealed record ListPaymentMethodsQuery(BusinessId BusinessId, Mode Mode, CustomerId CustomerId) : ICachedQuery<IReadOnlyList<PaymentMethodDto>>
{
    public ReadScope? ReadScope => ReadScope.Customer(BusinessId, Mode, CustomerId);
}
