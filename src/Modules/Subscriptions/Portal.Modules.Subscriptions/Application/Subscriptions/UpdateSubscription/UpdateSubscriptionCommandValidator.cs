using FluentValidation;

namespace Portal.Modules.Subscriptions.Application.Subscriptions.UpdateSubscription;

internal sealed class UpdateSubscriptionCommandValidator : AbstractValidator<UpdateSubscriptionCommand>
{
    public UpdateSubscriptionCommandValidator()
    {
        RuleFor(c => c.CancellationFeedback).MaximumLength(64).Must(NoControlCharacters).WithMessage("cancellation_feedback has at most 64 characters and no control characters.");
        RuleFor(c => c.CancellationComment).MaximumLength(1000).Must(NoControlCharacters).WithMessage("cancellation_comment has at most 1000 characters and no control characters.");
        RuleFor(c => c).Must(c => !(c.CancelNow && c.CancelAtNextBillingDate == false))
            .WithName("status").WithMessage("Cancelling now and undoing a scheduled cancellation contradict each other.");
    }

    private static bool NoControlCharacters(string? value) => value is null || !value.Any(char.IsControl);
}
