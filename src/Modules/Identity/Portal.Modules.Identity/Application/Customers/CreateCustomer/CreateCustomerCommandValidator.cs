using FluentValidation;
using Portal.Modules.Identity.Domain.Customers;

namespace Portal.Modules.Identity.Application.Customers.CreateCustomer;

internal sealed class CreateCustomerCommandValidator : AbstractValidator<CreateCustomerCommand>
{
    public CreateCustomerCommandValidator()
    {
        RuleFor(c => c.Email).Must(EmailAddress.IsValid).WithMessage("email must be a valid email address.");
        RuleFor(c => c.Name).Must(TextRules.IsDisplayName)
            .WithMessage("name must be 1 to 200 characters without control characters.");
        RuleFor(c => c.PhoneNumber).Matches(@"^\+?[0-9 ()\-.]{4,32}$").When(c => !string.IsNullOrWhiteSpace(c.PhoneNumber))
            .WithMessage("phone_number must be a phone number of up to 32 digits and separators.");
        RuleFor(c => c.Metadata).Must(TextRules.IsValidMetadata!).When(c => c.Metadata is not null)
            .WithMessage($"metadata must have at most {TextRules.MaxMetadataEntries} entries, keys of up to 40 characters and values of up to 500.");
    }
}
