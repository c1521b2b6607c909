namespace Portal.Modules.Billing.Domain.BillingAccounts;

/// <summary>
/// Billing's side of a customer, opened when Identity announces the customer: where the Stripe
/// customer reference lives once the customer first saves a card with Stripe.
/// </summary>
internal sealed class BillingAccount : AggregateRoot
{
    private BillingAccount()
    {
    }

    public Guid Id { get; private set; }

    public CustomerId CustomerId { get; private set; }

    public BusinessId BusinessId { get; private set; }

    public Mode Mode { get; private set; }

    public DateTimeOffset OpenedAt { get; private set; }

    /// <summary>Stripe's <c>cus_…</c> for this customer, created on first use.</summary>
    public string? StripeCustomerReference { get; private set; }

    public static BillingAccount Open(CustomerId customerId, BusinessId businessId, Mode mode, DateTimeOffset now) =>
        new() { Id = Guid.CreateVersion7(now), CustomerId = customerId, BusinessId = businessId, Mode = mode, OpenedAt = now };

    public void LinkStripeCustomer(string reference) => StripeCustomerReference ??= reference;
}
