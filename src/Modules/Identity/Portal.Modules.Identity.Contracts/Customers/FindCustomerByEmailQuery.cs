namespace Portal.Modules.Identity.Contracts.Customers;

/// <summary>
/// The customer a business knows by this email in this mode (trimmed, Unicode-normalised, any case)
/// who may sign in, or null: a blocked customer, or one of a business whose portal is closed, is not found.
/// </summary>
public sealed record FindCustomerByEmailQuery(BusinessId BusinessId, Mode Mode, string Email) : IQuery<CustomerId?>;
