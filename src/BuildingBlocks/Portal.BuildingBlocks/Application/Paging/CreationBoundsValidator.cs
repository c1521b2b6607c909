namespace Portal.BuildingBlocks.Application.Paging;

/// <summary>
/// The one rule of every <see cref="ICreationBoundedQuery"/>, registered once as an open generic like
/// <see cref="PagedQueryValidator{TQuery}"/>: the lower bound is not after the upper one.
/// </summary>
public sealed class CreationBoundsValidator<TQuery> : AbstractValidator<TQuery>
    where TQuery : ICreationBoundedQuery
{
    public CreationBoundsValidator() =>
        RuleFor(q => q).Must(q => q.CreatedAtGte is null || q.CreatedAtLte is null || q.CreatedAtGte <= q.CreatedAtLte)
            .WithName("created_at_gte").WithMessage("created_at_gte must not be after created_at_lte.");
}
