namespace Portal.Modules.Identity.Contracts.Customers;

/// <summary>
/// One page of a business's customers in one mode, newest first (the API's <c>customers.list</c>), narrowed by Dodo's
/// filters: <paramref name="Email"/> exactly (normalised: case and spaces do not matter), <paramref name="Name"/> as a
/// part of the name in any case, and the creation time's bounds, both included.
/// </summary>
public sealed record ListCustomersQuery(
    BusinessId BusinessId,
    Mode Mode,
    string? Email,
    string? Name,
    DateTimeOffset? CreatedAtGte,
    DateTimeOffset? CreatedAtLte,
    int PageNumber,
    int PageSize) : IQuery<IReadOnlyList<CustomerDto>>, IPagedQuery, ICreationBoundedQuery;
