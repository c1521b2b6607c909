using Portal.BuildingBlocks.Application.Specifications;

namespace Portal.Modules.Identity.Application.Customers.CreateCustomer;

internal sealed class CreateCustomerCommandHandler(IIdentityDbContext db, TimeProvider time)
    : ICommandHandler<CreateCustomerCommand, CustomerDto>
{
    public async Task<CustomerDto> Handle(CreateCustomerCommand command, CancellationToken cancellationToken)
    {
        var customer = await db.Customers
            .WithSpecification(new CustomerByEmailSpecification(command.BusinessId, command.Mode, EmailAddress.Normalize(command.Email)))
            .FirstOrDefaultAsync(cancellationToken);
        if (customer is null)
        {
            customer = Customer.Create(command.BusinessId, command.Mode, command.Email, command.Name, command.PhoneNumber, command.Metadata, time.GetUtcNow());
            db.Customers.Add(customer);
        }

        return CustomerProjection.FromEntity(customer);
    }
}
