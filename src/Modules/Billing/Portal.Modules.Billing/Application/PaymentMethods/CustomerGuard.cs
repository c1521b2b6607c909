using Portal.Modules.Identity.Contracts.Customers;

namespace Portal.Modules.Billing.Application.PaymentMethods;

/// <summary>Billing's way to a customer's contact details, which Identity owns (ADR 0005).</summary>
internal sealed class CustomerGuard(ISender sender)
{
    /// <summary>The customer's contact, or 404 when Identity does not know them in that business and mode (never a hint).</summary>
    public async Task<CustomerContact> EnsureExistsAsync(BusinessId businessId, Mode mode, CustomerId customerId, CancellationToken cancellationToken)
    {
        var contacts = await sender.QueryAsync(new GetCustomerContactsQuery(businessId.Value, mode, [customerId.Value]), cancellationToken);
        return contacts.TryGetValue(customerId.Value, out var contact) ? contact : throw new DomainException(Error.NotFound("Customer not found."));
    }
}
