namespace Portal.Modules.Identity.Application.Customers.CreateCustomer;

internal sealed class CreateCustomerCommandValidator : AbstractValidator<CreateCustomerCommand>
{
    public CreateCustomerCommandValidator()
    {
        RuleFor(c => c.Email).Must(EmailAddress.IsValid).WithMessage("email must be a valid email address.");
        CustomerRules.ValidName(RuleFor(c => c.Name));
        When(c => !string.IsNullOrWhiteSpace(c.PhoneNumber), () => CustomerRules.ValidPhone(RuleFor(c => c.PhoneNumber)));
        RuleFor(c => c.Metadata).Must(TextRules.IsValidMetadata!).When(c => c.Metadata is not null)
            .WithMessage($"metadata must have at most {TextRules.MaxMetadataEntries} entries, keys of up to 40 characters and values of up to 500.");
    }
}
