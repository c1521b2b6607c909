namespace Portal.BuildingBlocks.Application.Paging;

/// <summary>
/// The page rules of every <see cref="IPagedQuery"/>, registered once as an open generic: a new paged
/// list is bounded by implementing the interface, with no rule of its own to forget.
/// </summary>
public sealed class PagedQueryValidator<TQuery> : AbstractValidator<TQuery>
    where TQuery : IPagedQuery
{
    public PagedQueryValidator()
    {
        RuleFor(q => q.PageNumber).InclusiveBetween(0, PagedQueries.MaxPageNumber)
            .WithMessage($"page_number must be between 0 and {PagedQueries.MaxPageNumber}.");
        RuleFor(q => q.PageSize).InclusiveBetween(1, PagedQueries.MaxPageSize)
            .WithMessage($"page_size must be between 1 and {PagedQueries.MaxPageSize}.");
    }
}
