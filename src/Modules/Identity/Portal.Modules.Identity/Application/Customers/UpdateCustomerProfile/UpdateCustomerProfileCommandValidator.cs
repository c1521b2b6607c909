namespace Portal.Modules.Identity.Application.Customers.UpdateCustomerProfile;

internal sealed class UpdateCustomerProfileCommandValidator : AbstractValidator<UpdateCustomerProfileCommand>
{
    public UpdateCustomerProfileCommandValidator()
    {
        CustomerRules.ValidName(RuleFor(c => c.Name));
        When(c => !string.IsNullOrWhiteSpace(c.PhoneNumber), () => CustomerRules.ValidPhone(RuleFor(c => c.PhoneNumber)));
    }
}
