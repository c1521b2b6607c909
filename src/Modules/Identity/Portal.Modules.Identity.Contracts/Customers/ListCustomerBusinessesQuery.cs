namespace Portal.Modules.Identity.Contracts.Customers;

/// <summary>
/// Every business where this email is a customer in this mode: what the unified portal shows. Kept in memory until a
/// customer with this email or any business changes (ADR 0019).
/// </summary>
public sealed record ListCustomerBusinessesQuery(Mode Mode, string Email) : ICachedQuery<IReadOnlyList<CustomerBusinessDto>>
{
    public ReadScope? ReadScope => ReadScope.Email(Mode, Email);
}
