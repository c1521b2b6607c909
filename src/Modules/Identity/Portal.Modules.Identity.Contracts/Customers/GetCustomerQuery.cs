namespace Portal.Modules.Identity.Contracts.Customers;

public sealed record GetCustomerQuery(BusinessId BusinessId, Mode Mode, CustomerId CustomerId) : IQuery<CustomerDto>;
