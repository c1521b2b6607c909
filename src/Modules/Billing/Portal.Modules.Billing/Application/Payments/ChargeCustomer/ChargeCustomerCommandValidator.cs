using FluentValidation;

namespace Portal.Modules.Billing.Application.Payments.ChargeCustomer;

internal sealed class ChargeCustomerCommandValidator : AbstractValidator<ChargeCustomerCommand>
{
    public ChargeCustomerCommandValidator()
    {
        RuleFor(c => c.IdempotencyKey).NotEmpty().MaximumLength(255);
        RuleFor(c => c.Description).Must(d => d is not null && d.ToString().Length is > 0 and <= 500).WithMessage("description must be between 1 and 500 characters.");
        RuleFor(c => c.Currency).Must(code => Currency.TryParse(code, out _)).WithMessage("currency must be a supported ISO 4217 code.");
        RuleFor(c => c.Lines).NotEmpty().Must(lines => lines is null || lines.Count <= 100).WithMessage("A charge has between 1 and 100 lines.");
        RuleForEach(c => c.Lines).ChildRules(line =>
        {
            line.RuleFor(l => l.Description).Must(d => d is not null && d.ToString().Length is > 0 and <= 300).WithMessage("A line's description must be between 1 and 300 characters.");
            line.RuleFor(l => l.Quantity).InclusiveBetween(1, 100_000);
            line.RuleFor(l => l.UnitAmount).InclusiveBetween(0, 100_000_000_00);
            line.RuleFor(l => l.TaxRateBasisPoints).InclusiveBetween(0, 10_000);
        });
    }
}
