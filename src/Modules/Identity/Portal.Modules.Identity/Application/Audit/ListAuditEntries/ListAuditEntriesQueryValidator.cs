using Portal.Modules.Identity.Contracts.Audit;

namespace Portal.Modules.Identity.Application.Audit.ListAuditEntries;

internal sealed class ListAuditEntriesQueryValidator : AbstractValidator<ListAuditEntriesQuery>
{
    public ListAuditEntriesQueryValidator()
    {
        RuleFor(q => q.Page).InclusiveBetween(1, 10_000).WithErrorCode("INVALID_PAGE").WithMessage("page must be between 1 and 10000.");
        RuleFor(q => q.Action).MaximumLength(100);
        RuleFor(q => q.Actor).MaximumLength(200);
    }
}
