using FluentValidation;

namespace Portal.Modules.Subscriptions.Application.Subscriptions.ListSubscriptions;

internal sealed class ListSubscriptionsQueryValidator : AbstractValidator<ListSubscriptionsQuery>
{
    public ListSubscriptionsQueryValidator()
    {
        RuleFor(q => q.Status).Must(s => s is null || TypedWords.Read<SubscriptionStatus>(s) is not null)
            .WithMessage($"status must be one of {string.Join(", ", Wire.NamesOf<SubscriptionStatus>())}.");
    }
}
