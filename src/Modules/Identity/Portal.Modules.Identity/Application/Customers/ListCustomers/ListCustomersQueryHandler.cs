using Portal.BuildingBlocks.Application.Paging;

namespace Portal.Modules.Identity.Application.Customers.ListCustomers;

internal sealed class ListCustomersQueryHandler(IIdentityDbContext db) : IQueryHandler<ListCustomersQuery, IReadOnlyList<CustomerDto>>
{
    public async Task<IReadOnlyList<CustomerDto>> Handle(ListCustomersQuery query, CancellationToken cancellationToken)
    {
        var customers = db.Customers.AsNoTracking().Where(c => c.BusinessId == query.BusinessId && c.Mode == query.Mode);
        if (query.Email is { } email)
        {
            var normalized = EmailAddress.Normalize(email);
            customers = customers.Where(c => c.NormalizedEmail == normalized);
        }

        if (query.Name is { } name)
        {
            // Sent as a parameter: % and _ are searched for literally, never as wildcards.
            var part = name.Trim().ToLowerInvariant();
            customers = customers.Where(c => c.Name.ToLower().Contains(part));
        }

        if (query.CreatedAtGte is { } from)
        {
            customers = customers.Where(c => c.CreatedAt >= from);
        }

        if (query.CreatedAtLte is { } to)
        {
            customers = customers.Where(c => c.CreatedAt <= to);
        }

        // The id breaks ties between customers created in the same microsecond, so paging neither repeats nor skips one.
        return await customers
            .OrderByDescending(c => c.CreatedAt).ThenByDescending(c => c.Id)
            .Page(query)
            .Select(CustomerProjection.ToDto)
            .ToListAsync(cancellationToken);
    }
}
