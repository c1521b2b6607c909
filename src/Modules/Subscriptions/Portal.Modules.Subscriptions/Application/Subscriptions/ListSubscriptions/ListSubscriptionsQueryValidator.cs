using FluentValidation;
using Portal.Modules.Subscriptions.Application.Products;
using Portal.Modules.Subscriptions.Contracts.Subscriptions;
using Portal.Modules.Subscriptions.Domain.Subscriptions;

namespace Portal.Modules.Subscriptions.Application.Subscriptions.ListSubscriptions;

internal sealed class ListSubscriptionsQueryValidator : AbstractValidator<ListSubscriptionsQuery>
{
    public ListSubscriptionsQueryValidator()
    {
        RuleFor(q => q.Status).Must(s => s is null || ProductMapping.Parse<SubscriptionStatus>(s) is not null)
            .WithMessage("status must be one of pending, active, on_hold, cancelled, expired, failed.");
    }
}
