namespace Portal.Modules.Identity.Application.Customers.RenameCustomer;

internal sealed class RenameCustomerCommandHandler(IIdentityDbContext db) : ICommandHandler<RenameCustomerCommand, bool>
{
    public async Task<bool> Handle(RenameCustomerCommand command, CancellationToken cancellationToken)
    {
        var customer = PrefixedId.TryParse<BusinessId>(command.BusinessId, out var businessId) && PrefixedId.TryParse<CustomerId>(command.CustomerId, out var customerId)
            ? await db.Customers.FirstOrDefaultAsync(c => c.Id == customerId && c.BusinessId == businessId && c.Mode == command.Mode, cancellationToken)
            : null;
        if (customer is null)
        {
            throw new DomainException(Error.NotFound("Customer not found."));
        }

        customer.UpdateProfile(command.Name, customer.PhoneNumber);
        return true;
    }
}
