namespace Portal.Modules.Identity.Application.Customers.SearchCustomers;

internal sealed class SearchCustomersQueryValidator : AbstractValidator<SearchCustomersQuery>
{
    public SearchCustomersQueryValidator()
    {
        RuleFor(q => q.Search)
            .MaximumLength(SearchCustomersQuery.MaxSearchLength)
            .Must(TextRules.HasNoControlCharacters)
            .WithErrorCode("INVALID_SEARCH")
            .WithMessage($"search must be at most {SearchCustomersQuery.MaxSearchLength} characters without control characters.");
        RuleFor(q => q.Page).InclusiveBetween(1, SearchCustomersQuery.MaxPage);
        RuleFor(q => q.Mode).IsInEnum();
    }
}
