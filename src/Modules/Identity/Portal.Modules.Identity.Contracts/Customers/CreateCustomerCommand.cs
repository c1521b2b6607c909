namespace Portal.Modules.Identity.Contracts.Customers;

/// <summary>
/// Creates a customer, or returns the existing one with the same email in that business and mode:
/// one person is one customer, which is how the static link recognises them later.
/// </summary>
public sealed record CreateCustomerCommand(
    BusinessId BusinessId,
    Mode Mode,
    string Email,
    string Name,
    string? PhoneNumber,
    IReadOnlyDictionary<string, string>? Metadata) : ICommand<CustomerDto>;
