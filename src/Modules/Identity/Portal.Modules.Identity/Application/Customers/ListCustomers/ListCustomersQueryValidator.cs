namespace Portal.Modules.Identity.Application.Customers.ListCustomers;

internal sealed class ListCustomersQueryValidator : AbstractValidator<ListCustomersQuery>
{
    public ListCustomersQueryValidator()
    {
        RuleFor(q => q.Email).MaximumLength(EmailAddress.MaxLength).WithMessage($"email must be at most {EmailAddress.MaxLength} characters.");
        RuleFor(q => q.Name).MaximumLength(TextRules.MaxDisplayNameLength).WithMessage($"name must be at most {TextRules.MaxDisplayNameLength} characters.");
    }
}
