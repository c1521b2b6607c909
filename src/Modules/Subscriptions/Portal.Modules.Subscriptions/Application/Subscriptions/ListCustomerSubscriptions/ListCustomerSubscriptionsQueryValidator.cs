using FluentValidation;

namespace Portal.Modules.Subscriptions.Application.Subscriptions.ListCustomerSubscriptions;

internal sealed class ListCustomerSubscriptionsQueryValidator : AbstractValidator<ListCustomerSubscriptionsQuery>
{
    public ListCustomerSubscriptionsQueryValidator()
    {
        RuleFor(q => q.PageNumber).GreaterThanOrEqualTo(0);
        RuleFor(q => q.PageSize).InclusiveBetween(1, 100);
    }
}
