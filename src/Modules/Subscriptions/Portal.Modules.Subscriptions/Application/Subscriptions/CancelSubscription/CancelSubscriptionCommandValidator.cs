using FluentValidation;

namespace Portal.Modules.Subscriptions.Application.Subscriptions.CancelSubscription;

internal sealed class CancelSubscriptionCommandValidator : AbstractValidator<CancelSubscriptionCommand>
{
    public CancelSubscriptionCommandValidator()
    {
        RuleFor(c => c.Feedback).IsInEnum().WithMessage("cancellation_feedback must be one of Dodo's reasons.");
        // A comment typed in the portal may run over several lines; no other control character.
        RuleFor(c => c.Comment).MaximumLength(1000).Must(c => c is null || !c.Any(ch => char.IsControl(ch) && ch is not ('\r' or '\n' or '\t')))
            .WithMessage("The comment has at most 1000 characters and no control characters but line breaks.");
    }
}
