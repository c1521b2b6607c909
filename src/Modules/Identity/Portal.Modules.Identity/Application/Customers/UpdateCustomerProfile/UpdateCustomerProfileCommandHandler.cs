using MediatR;

namespace Portal.Modules.Identity.Application.Customers.UpdateCustomerProfile;

internal sealed class UpdateCustomerProfileCommandHandler(IIdentityDbContext db) : ICommandHandler<UpdateCustomerProfileCommand, Unit>
{
    public async Task<Unit> Handle(UpdateCustomerProfileCommand command, CancellationToken cancellationToken)
    {
        // A blocked customer, or one of a business whose portal is closed, has no portal to change anything in.
        var customer = await db.Customers
            .Where(c => c.Id == command.CustomerId && c.BusinessId == command.BusinessId && c.Mode == command.Mode && c.BlockedAt == null)
            .Where(c => db.Businesses.Any(b => b.Id == c.BusinessId && b.PortalClosedAt == null))
            .FirstOrDefaultAsync(cancellationToken)
            ?? throw new DomainException(Error.NotFound("Customer not found."));
        customer.UpdateProfile(command.Name, command.PhoneNumber);
        return Unit.Value;
    }
}
