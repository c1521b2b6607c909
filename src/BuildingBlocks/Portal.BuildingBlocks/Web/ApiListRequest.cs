using System.Collections.Frozen;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Portal.BuildingBlocks.Web;

/// <summary>
/// What every Dodo-compatible list endpoint binds besides its own filters, as <c>[AsParameters]</c>: the
/// paging, <c>page_number</c> (from 0; 0 when absent) and <c>page_size</c> (10 when absent), which the
/// list's query bounds (422 past them; 400 for what is not a whole number), and the request it answers.
/// </summary>
public sealed record ApiListRequest(
    [FromQuery(Name = "page_number")] int? PageNumber,
    [FromQuery(Name = "page_size")] int? PageSize,
    HttpContext Http,
    ISender Sender,
    CancellationToken CancellationToken)
{
    public const int DefaultPageSize = 10;

    private static readonly FrozenSet<string> Paging = FrozenSet.Create(StringComparer.Ordinal, "page_number", "page_size");

    /// <summary>The business and mode the API key speaks for.</summary>
    public ApiTenant Tenant => ApiTenant.From(Http.User);

    /// <summary>The page asked for, from 0.</summary>
    public int Number => PageNumber ?? 0;

    public int Size => PageSize ?? DefaultPageSize;

    public Task<TResult> QueryAsync<TResult>(IQuery<TResult> query) => Sender.QueryAsync(query, CancellationToken);

    /// <summary>
    /// 422 <c>UNSUPPORTED_FILTER</c> for the first query parameter that is neither among <paramref name="filters"/> (the
    /// list's own) nor paging: a filter the list does not apply is refused, never silently ignored (the list would be wrong).
    /// </summary>
    public void AcceptFilters(FrozenSet<string> filters, string listed) => AcceptOnly(Http.Request, filters, Paging, listed);

    /// <summary>The same for a list paged otherwise (the webhooks' cursor): only <paramref name="accepted"/> are taken.</summary>
    public static void AcceptOnly(HttpRequest request, FrozenSet<string> accepted, string listed) =>
        AcceptOnly(request, accepted, FrozenSet<string>.Empty, listed);

    private static void AcceptOnly(HttpRequest request, FrozenSet<string> accepted, FrozenSet<string> paging, string listed)
    {
        foreach (var key in request.Query.Keys)
        {
            if (!accepted.Contains(key) && !paging.Contains(key))
            {
                throw new DomainException(Error.Validation("UNSUPPORTED_FILTER", $"Filtering {listed} by {key} is not supported."));
            }
        }
    }
}
