namespace Portal.Modules.Identity.Application.Customers.RenameCustomer;

internal sealed class RenameCustomerCommandValidator : AbstractValidator<RenameCustomerCommand>
{
    public RenameCustomerCommandValidator() => CustomerRules.ValidName(RuleFor(c => c.Name));
}
