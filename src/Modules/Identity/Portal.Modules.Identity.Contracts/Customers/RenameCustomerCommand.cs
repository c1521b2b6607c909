namespace Portal.Modules.Identity.Contracts.Customers;

/// <summary>Another module changes a customer's name (a subscription's <c>customer_name</c>, say); Identity validates it.</summary>
public sealed record RenameCustomerCommand(string BusinessId, Mode Mode, string CustomerId, string Name) : ICommand<bool>;
