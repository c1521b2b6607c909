namespace Portal.Modules.Identity.Application.Customers.SearchCustomers;

internal sealed class SearchCustomersQueryHandler(IIdentityDbContext db) : IQueryHandler<SearchCustomersQuery, CustomerSearchResult>
{
    public async Task<CustomerSearchResult> Handle(SearchCustomersQuery query, CancellationToken cancellationToken)
    {
        var customers = db.Customers.AsNoTracking()
            .Where(c => c.BusinessId == query.BusinessId && c.Mode == query.Mode);
        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            // Emails are stored normalised (trimmed, NFC, lower case); the same form of the search text
            // matches them and, lower-cased in SQL, names. Contains is sent as a parameter, so % and _
            // typed by the merchant are searched for literally, never as wildcards.
            var term = EmailAddress.Normalize(query.Search);
            customers = customers.Where(c => c.NormalizedEmail.Contains(term) || c.Name.ToLower().Contains(term));
        }

        var total = await customers.CountAsync(cancellationToken);
        // The id breaks ties between customers created in the same microsecond (bulk imports), so
        // no customer is shown twice or skipped when paging.
        var page = await customers
            .OrderByDescending(c => c.CreatedAt)
            .ThenByDescending(c => c.Id)
            .Skip((query.Page - 1) * SearchCustomersQuery.PageSize)
            .Take(SearchCustomersQuery.PageSize)
            .Select(c => new CustomerSummaryDto(c.Id, c.Email, c.Name, c.CreatedAt))
            .ToListAsync(cancellationToken);
        return new CustomerSearchResult(page, query.Page, SearchCustomersQuery.PageSize, total);
    }
}
