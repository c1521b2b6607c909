namespace Portal.Modules.Identity.Contracts.Customers;

/// <summary>
/// The merchant blocks (or unblocks) a customer. Blocking ends the customer's portal sessions (the unified
/// ones of their email too) and unused sign-in links at once, and no new link is sent to them until they
/// are unblocked.
/// </summary>
public sealed record BlockCustomerCommand(BusinessId BusinessId, Mode Mode, CustomerId CustomerId, bool Blocked) : ICommand<Unit>;
