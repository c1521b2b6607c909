namespace Portal.BuildingBlocks.Application.Paging;

/// <summary>
/// A query that reads one page of a list: page <see cref="PageNumber"/> (from 0) of <see cref="PageSize"/>
/// rows. Every such query is bounded by <see cref="PagedQueryValidator{TQuery}"/> and read with <see cref="PagedQueries.Page"/>.
/// </summary>
public interface IPagedQuery
{
    int PageNumber { get; }

    int PageSize { get; }
}
