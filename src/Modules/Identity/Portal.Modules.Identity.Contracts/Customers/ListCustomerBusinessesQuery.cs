namespace Portal.Modules.Identity.Contracts.Customers;

/// <summary>Every business where this email is a customer in this mode: what the unified portal shows.</summary>
public sealed record ListCustomerBusinessesQuery(Mode Mode, string Email) : IQuery<IReadOnlyList<CustomerBusinessDto>>;
