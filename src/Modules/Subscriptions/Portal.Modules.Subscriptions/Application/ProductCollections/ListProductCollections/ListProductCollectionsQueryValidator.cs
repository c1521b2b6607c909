using FluentValidation;

namespace Portal.Modules.Subscriptions.Application.ProductCollections.ListProductCollections;

internal sealed class ListProductCollectionsQueryValidator : AbstractValidator<ListProductCollectionsQuery>
{
    public ListProductCollectionsQueryValidator()
    {
        RuleFor(q => q.PageNumber).GreaterThanOrEqualTo(0);
        RuleFor(q => q.PageSize).InclusiveBetween(1, 100);
    }
}
