namespace Portal.Modules.Identity.Application.Customers.GetCustomerContacts;

internal sealed class GetCustomerContactsQueryHandler(IIdentityDbContext db)
    : IQueryHandler<GetCustomerContactsQuery, IReadOnlyDictionary<string, CustomerContact>>
{
    public async Task<IReadOnlyDictionary<string, CustomerContact>> Handle(GetCustomerContactsQuery query, CancellationToken cancellationToken)
    {
        var customerIds = query.CustomerIds
            .Select(id => PrefixedId.TryParse<CustomerId>(id, out var customerId) ? customerId : (CustomerId?)null)
            .OfType<CustomerId>()
            .Distinct()
            .ToList();
        if (customerIds.Count == 0 || !PrefixedId.TryParse<BusinessId>(query.BusinessId, out var businessId))
        {
            return new Dictionary<string, CustomerContact>();
        }

        var rows = await db.Customers.AsNoTracking()
            .Where(c => customerIds.Contains(c.Id) && c.BusinessId == businessId && c.Mode == query.Mode)
            .Join(db.Businesses, c => c.BusinessId, b => b.Id, (c, b) => new
            {
                c.Id, c.Name, c.Email, Business = b.Name, b.Branding, b.LegalAddress, b.TaxId, c.ChosenLanguage, b.DefaultLanguage, c.SignInLanguage, b.EmailsOff,
            })
            .ToListAsync(cancellationToken);
        return rows.ToDictionary(
            r => r.Id.Value,
            r => new CustomerContact(
                r.Name, r.Email, r.Business, r.Branding.SupportEmail, r.Branding.AccentColor, r.Branding.ForegroundOnAccent(), r.LegalAddress, r.TaxId,
                Customer.LanguageOf(r.ChosenLanguage, r.DefaultLanguage, r.SignInLanguage), r.EmailsOff));
    }
}
