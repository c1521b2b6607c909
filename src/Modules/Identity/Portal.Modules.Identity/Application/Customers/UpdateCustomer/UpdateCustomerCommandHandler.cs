namespace Portal.Modules.Identity.Application.Customers.UpdateCustomer;

internal sealed class UpdateCustomerCommandHandler(IIdentityDbContext db) : ICommandHandler<UpdateCustomerCommand, CustomerDto>
{
    public async Task<CustomerDto> Handle(UpdateCustomerCommand command, CancellationToken cancellationToken)
    {
        // The merchant may change a blocked customer too: blocking closes the portal, not the record.
        var customer = await db.Customers
            .Where(c => c.Id == command.CustomerId && c.BusinessId == command.BusinessId && c.Mode == command.Mode)
            .FirstOrDefaultAsync(cancellationToken)
            ?? throw new DomainException(Error.NotFound("Customer not found."));
        if (command.Email is { } email && EmailAddress.Normalize(email) != customer.NormalizedEmail)
        {
            throw new DomainException(Error.Validation(
                "EMAIL_CHANGE_NOT_SUPPORTED",
                "A customer's email cannot change: it is how they sign in to the portal. Create a customer with the new email instead."));
        }

        customer.UpdateProfile(command.Name ?? customer.Name, command.SetPhoneNumber ? command.PhoneNumber : customer.PhoneNumber);
        if (command.SetMetadata)
        {
            customer.ReplaceMetadata(command.Metadata);
        }

        return CustomerProjection.FromEntity(customer);
    }
}
