using Ardalis.Specification;

namespace Portal.Modules.Identity.Application.Customers;

/// <summary>One customer of one business in one mode, as the API shows it. Any other business's id misses.</summary>
internal sealed class CustomerByIdSpecification : Specification<Customer, CustomerDto>
{
    public CustomerByIdSpecification(BusinessId businessId, Mode mode, CustomerId customerId)
    {
        Query.Where(c => c.Id == customerId && c.BusinessId == businessId && c.Mode == mode).AsNoTracking();
        Query.Select(CustomerProjection.ToDto);
    }
}

/// <summary>The customer a business knows by this email in this mode (matched on the normalised form).</summary>
internal sealed class CustomerByEmailSpecification : Specification<Customer>
{
    public CustomerByEmailSpecification(BusinessId businessId, Mode mode, string normalizedEmail) =>
        Query.Where(c => c.BusinessId == businessId && c.Mode == mode && c.NormalizedEmail == normalizedEmail);
}
