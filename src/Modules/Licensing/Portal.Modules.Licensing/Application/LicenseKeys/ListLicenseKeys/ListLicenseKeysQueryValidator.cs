using FluentValidation;

namespace Portal.Modules.Licensing.Application.LicenseKeys.ListLicenseKeys;

internal sealed class ListLicenseKeysQueryValidator : AbstractValidator<ListLicenseKeysQuery>
{
    public ListLicenseKeysQueryValidator()
    {
        RuleFor(q => q.Status).Must(s => s is null or "active" or "expired" or "disabled")
            .WithErrorCode("INVALID_STATUS").WithMessage("status is one of active, expired, disabled.");
        RuleFor(q => q).Must(q => q.CreatedAtGte is null || q.CreatedAtLte is null || q.CreatedAtGte <= q.CreatedAtLte)
            .WithMessage("created_at_gte must not be after created_at_lte.");
    }
}
