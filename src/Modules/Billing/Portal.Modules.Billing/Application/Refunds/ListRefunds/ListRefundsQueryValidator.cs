using FluentValidation;

namespace Portal.Modules.Billing.Application.Refunds.ListRefunds;

internal sealed class ListRefundsQueryValidator : AbstractValidator<ListRefundsQuery>
{
    public ListRefundsQueryValidator()
    {
        RuleFor(q => q.Status).Must(s => s is null || RefundStatusText.Parse(s) is not null)
            .WithMessage("status must be one of succeeded, failed, pending.");
        RuleFor(q => q).Must(q => q.CreatedAtGte is null || q.CreatedAtLte is null || q.CreatedAtGte <= q.CreatedAtLte)
            .WithMessage("created_at_gte must not be after created_at_lte.");
    }
}
