namespace Portal.BuildingBlocks.Application.Paging;

/// <summary>The bounds of every paged list, and the one place that turns a page into rows to skip.</summary>
public static class PagedQueries
{
    /// <summary>
    /// Far past any list a business has, and small enough that the rows skipped (page × size) fit an
    /// int: an overflowed product reached PostgreSQL as a negative OFFSET, a server error.
    /// </summary>
    public const int MaxPageNumber = 1_000_000;

    public const int MaxPageSize = 100;

    /// <summary>The page's rows; the query must have passed <see cref="PagedQueryValidator{TQuery}"/>.</summary>
    public static IQueryable<T> Page<T>(this IQueryable<T> source, IPagedQuery query) =>
        source.Skip(query.PageNumber * query.PageSize).Take(query.PageSize);
}
