using FluentValidation;

namespace Portal.Modules.Billing.Application.Refunds.ListRefunds;

internal sealed class ListRefundsQueryValidator : AbstractValidator<ListRefundsQuery>
{
    public ListRefundsQueryValidator()
    {
        RuleFor(q => q.Status).Must(s => s is null || RefundStatusText.Parse(s) is not null)
            .WithMessage("status must be one of succeeded, failed, pending.");
    }
}
