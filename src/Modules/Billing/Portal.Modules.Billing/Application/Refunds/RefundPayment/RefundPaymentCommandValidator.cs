using FluentValidation;
using Portal.Modules.Billing.Contracts.Refunds;

namespace Portal.Modules.Billing.Application.Refunds.RefundPayment;

internal sealed class RefundPaymentCommandValidator : AbstractValidator<RefundPaymentCommand>
{
    public RefundPaymentCommandValidator()
    {
        RuleFor(c => c.Amount).GreaterThan(0).When(c => c.Amount is not null);
        RuleFor(c => c.Reason).MaximumLength(500);
    }
}
