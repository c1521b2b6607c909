using Portal.BuildingBlocks.Contracts;
using Portal.BuildingBlocks.Contracts.Messaging;

namespace Portal.Modules.Identity.Application.Customers.GetCustomer;

public sealed record GetCustomerQuery(BusinessId BusinessId, Mode Mode, CustomerId CustomerId) : IQuery<CustomerDto>;
