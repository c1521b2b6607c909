namespace Portal.Modules.Identity.Contracts.Customers;

/// <summary>
/// One page of a business's customers in one mode, newest first, optionally narrowed to those whose
/// email or name contains <paramref name="Search"/> (any case). What the admin area's customer list shows.
/// </summary>
public sealed record SearchCustomersQuery(BusinessId BusinessId, Mode Mode, string? Search, int Page) : IQuery<CustomerSearchResult>
{
    public const int PageSize = 25;

    /// <summary>Far beyond any real list; keeps the row offset inside an int.</summary>
    public const int MaxPage = 100_000;

    public const int MaxSearchLength = 254;
}
