namespace Portal.Modules.Identity.Contracts.Customers;

/// <summary>The signed-in customer changes their name or phone from the portal's profile page.</summary>
public sealed record UpdateCustomerProfileCommand(BusinessId BusinessId, Mode Mode, CustomerId CustomerId, string Name, string? PhoneNumber)
    : ICommand<Unit>;
