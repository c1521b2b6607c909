namespace Portal.Modules.Identity.Application.Customers.UpdateCustomer;

internal sealed class UpdateCustomerCommandValidator : AbstractValidator<UpdateCustomerCommand>
{
    public UpdateCustomerCommandValidator()
    {
        When(c => c.Name is not null, () => CustomerRules.ValidName(RuleFor(c => c.Name!)));
        When(c => c.SetPhoneNumber && !string.IsNullOrWhiteSpace(c.PhoneNumber), () => CustomerRules.ValidPhone(RuleFor(c => c.PhoneNumber)));
        RuleFor(c => c.Metadata).Must(TextRules.IsValidMetadata!).When(c => c.SetMetadata && c.Metadata is not null)
            .WithMessage($"metadata must have at most {TextRules.MaxMetadataEntries} entries, keys of up to 40 characters and values of up to 500.");
    }
}
