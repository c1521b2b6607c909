using Portal.BuildingBlocks.Contracts;
using FluentValidation;
using Portal.Modules.Subscriptions.Application.Products;
using Portal.Modules.Subscriptions.Contracts.Subscriptions;

namespace Portal.Modules.Subscriptions.Application.Subscriptions.ListSubscriptions;

internal sealed class ListSubscriptionsQueryValidator : AbstractValidator<ListSubscriptionsQuery>
{
    public ListSubscriptionsQueryValidator()
    {
        RuleFor(q => q.Status).Must(s => s is null || Wire.TryParse<SubscriptionStatus>(s, out _))
            .WithMessage($"status must be one of {string.Join(", ", Wire.NamesOf<SubscriptionStatus>())}.");
    }
}
