using Portal.Modules.Billing.Application.Abstractions;
using Portal.Modules.Billing.Domain.BillingAccounts;
using Portal.Modules.Identity.Contracts.Customers;

namespace Portal.Modules.Billing.Application.BillingAccounts.OpenBillingAccount;

/// <summary>Opens the billing account of a new customer; a second delivery finds it open and does nothing.</summary>
[MessageName("billing.open_billing_account")]
internal sealed class CustomerCreatedIntegrationEventHandler(IBillingDbContext db, TimeProvider time)
    : IIntegrationEventHandler<CustomerCreatedIntegrationEvent>
{
    public async Task HandleAsync(CustomerCreatedIntegrationEvent integrationEvent, CancellationToken cancellationToken)
    {
        var customerId = CustomerId.FromTrusted(integrationEvent.CustomerId);
        if (await db.BillingAccounts.AnyAsync(a => a.CustomerId == customerId, cancellationToken))
        {
            return;
        }

        db.BillingAccounts.Add(BillingAccount.Open(
            customerId, BusinessId.FromTrusted(integrationEvent.BusinessId), integrationEvent.Mode, time.GetUtcNow()));
    }
}
