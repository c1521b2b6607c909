using Portal.Modules.Subscriptions.Application.Abstractions;

namespace Portal.Modules.Subscriptions.Application.Products.GetProductLicenseTerms;

internal sealed class GetProductLicenseTermsQueryHandler(ISubscriptionsDbContext db)
    : IQueryHandler<GetProductLicenseTermsQuery, IReadOnlyList<ProductLicenseTerms>>
{
    public async Task<IReadOnlyList<ProductLicenseTerms>> Handle(GetProductLicenseTermsQuery query, CancellationToken cancellationToken)
    {
        var productIds = query.ProductIds
            .Select(id => PrefixedId.TryParse<ProductId>(id, out var productId) ? productId : (ProductId?)null)
            .OfType<ProductId>()
            .Distinct()
            .ToList();
        if (productIds.Count == 0 || !PrefixedId.TryParse<BusinessId>(query.BusinessId, out var businessId))
        {
            return [];
        }

        return await db.Products.AsNoTracking()
            .Where(p => productIds.Contains(p.Id) && p.BusinessId == businessId && p.Mode == query.Mode && p.IssuesLicenseKeys)
            .Select(p => new ProductLicenseTerms(p.Id.Value, p.Name, p.LicenseActivationLimit, p.LicenseDurationDays))
            .ToListAsync(cancellationToken);
    }
}
