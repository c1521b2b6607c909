using FluentValidation;

namespace Portal.Modules.Billing.Application.Payments.ListPayments;

internal sealed class ListPaymentsQueryValidator : AbstractValidator<ListPaymentsQuery>
{
    public ListPaymentsQueryValidator()
    {
        RuleFor(q => q.Status).Must(s => s is null || PaymentStatusText.Parse(s) is not null)
            .WithMessage("status must be one of succeeded, failed, processing.");
        RuleFor(q => q.Currency).Must(c => c is null || Currency.TryParse(c, out _))
            .WithMessage("currency must be the ISO 4217 code of a currency this platform charges in.");
        RuleFor(q => q.ProductId).MaximumLength(64).WithMessage("product_id must be at most 64 characters.");
    }
}
