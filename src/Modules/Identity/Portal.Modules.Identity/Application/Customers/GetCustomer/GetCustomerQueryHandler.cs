using Microsoft.EntityFrameworkCore;
using Portal.BuildingBlocks.Application.Messaging;
using Portal.BuildingBlocks.Application.Specifications;
using Portal.BuildingBlocks.Contracts;
using Portal.BuildingBlocks.Domain;
using Portal.Modules.Identity.Application.Abstractions;
using Portal.Modules.Identity.Contracts.Customers;

namespace Portal.Modules.Identity.Application.Customers.GetCustomer;

internal sealed class GetCustomerQueryHandler(IIdentityDbContext db) : IQueryHandler<GetCustomerQuery, CustomerDto>
{
    public async Task<CustomerDto> Handle(GetCustomerQuery query, CancellationToken cancellationToken) =>
        await db.Customers
            .WithSpecification(new CustomerByIdSpecification(query.BusinessId, query.Mode, query.CustomerId))
            .FirstOrDefaultAsync(cancellationToken)
        ?? throw new DomainException(Error.NotFound("Customer not found."));
}
