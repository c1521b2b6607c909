namespace Portal.Modules.Identity.Contracts.Customers;

public sealed record CustomerBusinessDto(
    BusinessId BusinessId,
    string BusinessName,
    string AccentColor,
    string ForegroundOnAccent,
    CustomerId CustomerId,
    string CustomerName,
    string CustomerEmail)
{
    /// <summary>The customers these businesses know the email as, as the unified portal's queries name them.</summary>
    public static CustomerSet CustomersOf(IEnumerable<CustomerBusinessDto> businesses)
    {
        var customers = new List<BusinessCustomer>();
        foreach (var business in businesses)
        {
            customers.Add(new BusinessCustomer(business.BusinessId, business.CustomerId));
        }

        return new CustomerSet(customers);
    }
}
