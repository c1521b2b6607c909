namespace Portal.Modules.Identity.Contracts.Customers;

public sealed record CustomerSearchResult(IReadOnlyList<CustomerSummaryDto> Customers, int Page, int PageSize, int TotalCount)
{
    public int PageCount => Math.Max(1, (TotalCount + PageSize - 1) / PageSize);

    public bool HasPrevious => Page > 1;

    public bool HasNext => Page < PageCount;
}
