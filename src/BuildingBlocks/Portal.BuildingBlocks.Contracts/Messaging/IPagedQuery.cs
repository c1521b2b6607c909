namespace Portal.BuildingBlocks.Contracts.Messaging;

/// <summary>
/// A query that reads one page of a list: page <see cref="PageNumber"/> (from 0) of <see cref="PageSize"/>
/// rows. Every such query is bounded by <c>PagedQueryValidator</c> and read with <c>PagedQueries.Page</c>.
/// </summary>
public interface IPagedQuery
{
    int PageNumber { get; }

    int PageSize { get; }
}
