using FluentValidation;
using Portal.Modules.Subscriptions.Domain.Subscriptions;

namespace Portal.Modules.Subscriptions.Application.Subscriptions.CreateSubscription;

internal sealed class CreateSubscriptionCommandValidator : AbstractValidator<CreateSubscriptionCommand>
{
    public CreateSubscriptionCommandValidator()
    {
        RuleFor(c => c.Quantity).InclusiveBetween(1, Subscription.MaxQuantity);
        RuleFor(c => c.Billing).NotNull();
    }
}
