using FluentValidation;

namespace Portal.Modules.Licensing.Application.LicenseKeys.ListLicenseKeys;

internal sealed class ListLicenseKeysQueryValidator : AbstractValidator<ListLicenseKeysQuery>
{
    public ListLicenseKeysQueryValidator()
    {
        RuleFor(q => q.Status).Must(s => s is null or "active" or "expired" or "disabled")
            .WithErrorCode("INVALID_STATUS").WithMessage("status is one of active, expired, disabled.");
    }
}
