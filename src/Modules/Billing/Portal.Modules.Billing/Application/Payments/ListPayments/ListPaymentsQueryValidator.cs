using FluentValidation;

namespace Portal.Modules.Billing.Application.Payments.ListPayments;

internal sealed class ListPaymentsQueryValidator : AbstractValidator<ListPaymentsQuery>
{
    public ListPaymentsQueryValidator()
    {
        RuleFor(q => q.Status).Must(s => s is null || PaymentStatusText.Parse(s) is not null)
            .WithMessage("status must be one of succeeded, failed, processing.");
    }
}
