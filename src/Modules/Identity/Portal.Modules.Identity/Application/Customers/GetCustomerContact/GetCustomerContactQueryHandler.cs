using Microsoft.EntityFrameworkCore;
using Portal.BuildingBlocks.Application.Messaging;
using Portal.BuildingBlocks.Domain;
using Portal.Modules.Identity.Application.Abstractions;
using Portal.Modules.Identity.Contracts.Customers;

namespace Portal.Modules.Identity.Application.Customers.GetCustomerContact;

internal sealed class GetCustomerContactQueryHandler(IIdentityDbContext db) : IQueryHandler<GetCustomerContactQuery, CustomerContact?>
{
    public async Task<CustomerContact?> Handle(GetCustomerContactQuery query, CancellationToken cancellationToken)
    {
        if (!PrefixedId.TryParse<CustomerId>(query.CustomerId, out var customerId) || !PrefixedId.TryParse<BusinessId>(query.BusinessId, out var businessId))
        {
            return null;
        }

        var row = await db.Customers.AsNoTracking()
            .Where(c => c.Id == customerId && c.BusinessId == businessId && c.Mode == query.Mode)
            .Join(db.Businesses, c => c.BusinessId, b => b.Id, (c, b) => new { c.Name, c.Email, Business = b.Name, b.Branding })
            .FirstOrDefaultAsync(cancellationToken);
        return row is null
            ? null
            : new CustomerContact(row.Name, row.Email, row.Business, row.Branding.SupportEmail, row.Branding.AccentColor, row.Branding.ForegroundOnAccent());
    }
}
