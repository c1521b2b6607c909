using Portal.BuildingBlocks.Application.Specifications;

namespace Portal.Modules.Identity.Application.Customers.GetCustomer;

internal sealed class GetCustomerQueryHandler(IIdentityDbContext db) : IQueryHandler<GetCustomerQuery, CustomerDto>
{
    public async Task<CustomerDto> Handle(GetCustomerQuery query, CancellationToken cancellationToken) =>
        await db.Customers
            .WithSpecification(new CustomerByIdSpecification(query.BusinessId, query.Mode, query.CustomerId))
            .FirstOrDefaultAsync(cancellationToken)
        ?? throw new DomainException(Error.NotFound("Customer not found."));
}
