using MediatR;
using Microsoft.EntityFrameworkCore;
using Portal.BuildingBlocks.Application.Messaging;
using Portal.BuildingBlocks.Domain;
using Portal.Modules.Identity.Application.Abstractions;

namespace Portal.Modules.Identity.Application.Customers.UpdateCustomerProfile;

internal sealed class UpdateCustomerProfileCommandHandler(IIdentityDbContext db) : ICommandHandler<UpdateCustomerProfileCommand, Unit>
{
    public async Task<Unit> Handle(UpdateCustomerProfileCommand command, CancellationToken cancellationToken)
    {
        var customer = await db.Customers.FirstOrDefaultAsync(
            c => c.Id == command.CustomerId && c.BusinessId == command.BusinessId && c.Mode == command.Mode,
            cancellationToken)
            ?? throw new DomainException(Error.NotFound("Customer not found."));
        customer.UpdateProfile(command.Name, command.PhoneNumber);
        return Unit.Value;
    }
}
