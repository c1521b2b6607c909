using FluentValidation;

namespace Portal.Modules.Licensing.Application.Instances.ListLicenseKeyInstances;

internal sealed class ListLicenseKeyInstancesQueryValidator : AbstractValidator<ListLicenseKeyInstancesQuery>
{
    public ListLicenseKeyInstancesQueryValidator()
    {
        RuleFor(q => q.PageNumber).GreaterThanOrEqualTo(0);
        RuleFor(q => q.PageSize).InclusiveBetween(1, 100);
    }
}
