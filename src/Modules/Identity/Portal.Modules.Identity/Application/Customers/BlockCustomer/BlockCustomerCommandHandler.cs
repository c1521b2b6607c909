using MediatR;

namespace Portal.Modules.Identity.Application.Customers.BlockCustomer;

internal sealed class BlockCustomerCommandHandler(IIdentityDbContext db, TimeProvider time) : ICommandHandler<BlockCustomerCommand, Unit>
{
    public async Task<Unit> Handle(BlockCustomerCommand command, CancellationToken cancellationToken)
    {
        var customer = await db.Customers.FirstOrDefaultAsync(
            c => c.Id == command.CustomerId && c.BusinessId == command.BusinessId && c.Mode == command.Mode,
            cancellationToken)
            ?? throw new DomainException(Error.NotFound("Customer not found."));
        if (!command.Blocked)
        {
            customer.Unblock();
            return Unit.Value;
        }

        var now = time.GetUtcNow();
        customer.Block(now);
        await db.PortalSessions
            .Where(s => s.EndedAt == null
                && (s.CustomerId == customer.Id || (s.Mode == customer.Mode && s.Email == customer.NormalizedEmail)))
            .ExecuteUpdateAsync(set => set.SetProperty(s => s.EndedAt, now), cancellationToken);
        await db.PortalLinks
            .Where(l => l.CustomerId == customer.Id && l.ConsumedAt == null && l.ExpiresAt > now)
            .ExecuteUpdateAsync(set => set.SetProperty(l => l.ExpiresAt, now), cancellationToken);
        return Unit.Value;
    }
}
