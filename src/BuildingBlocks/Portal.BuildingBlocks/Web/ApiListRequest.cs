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

    /// <summary>The business and mode the API key speaks for.</summary>
    public ApiTenant Tenant => ApiTenant.From(Http.User);

    /// <summary>The page asked for, from 0.</summary>
    public int Number => PageNumber ?? 0;

    public int Size => PageSize ?? DefaultPageSize;

    public Task<TResult> QueryAsync<TResult>(IQuery<TResult> query) => Sender.QueryAsync(query, CancellationToken);

    /// <summary>
    /// 422 <c>UNSUPPORTED_FILTER</c> for the first query parameter outside <paramref name="accepted"/> (the list's own
    /// filters and its paging): a filter the list does not apply is refused, never silently ignored (the list would be wrong).
    /// </summary>
    public void AcceptOnly(FrozenSet<string> accepted, string listed)
    {
        if (Http.Request.Query.Keys.FirstOrDefault(key => !accepted.Contains(key)) is { } filter)
        {
            throw new DomainException(Error.Validation("UNSUPPORTED_FILTER", $"Filtering {listed} by {filter} is not supported."));
        }
    }

    /// <summary>
    /// 422 <c>UNSUPPORTED_FILTER</c> for the first query parameter among <paramref name="unsupported"/>, Dodo's
    /// filters the list does not apply: refused, never silently ignored (the list would be wrong).
    /// </summary>
    public void RefuseFilters(FrozenSet<string> unsupported, string listed)
    {
        if (Http.Request.Query.Keys.FirstOrDefault(unsupported.Contains) is { } filter)
        {
            throw new DomainException(Error.Validation("UNSUPPORTED_FILTER", $"Filtering {listed} by {filter} is not supported."));
        }
    }
}
