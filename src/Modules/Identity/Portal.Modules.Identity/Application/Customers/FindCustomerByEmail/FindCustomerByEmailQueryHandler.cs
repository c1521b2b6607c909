using Portal.BuildingBlocks.Application.Specifications;

namespace Portal.Modules.Identity.Application.Customers.FindCustomerByEmail;

internal sealed class FindCustomerByEmailQueryHandler(IIdentityDbContext db) : IQueryHandler<FindCustomerByEmailQuery, CustomerId?>
{
    public async Task<CustomerId?> Handle(FindCustomerByEmailQuery query, CancellationToken cancellationToken) =>
        await db.Customers.AsNoTracking()
            .WithSpecification(new CustomerByEmailSpecification(query.BusinessId, query.Mode, EmailAddress.Normalize(query.Email)))
            .Where(c => c.BlockedAt == null && db.Businesses.Any(b => b.Id == c.BusinessId && b.PortalClosedAt == null))
            .Select(c => (CustomerId?)c.Id)
            .FirstOrDefaultAsync(cancellationToken);
}
