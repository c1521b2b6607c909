using Portal.BuildingBlocks.Contracts;
using Portal.BuildingBlocks.Domain;

namespace Portal.Modules.Billing.Domain.BillingAccounts;

/// <summary>
/// Billing's side of a customer: where the payment gateway's customer reference and the default
/// payment method will live. Opened when Identity announces the customer.
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

    public static BillingAccount Open(CustomerId customerId, BusinessId businessId, Mode mode, DateTimeOffset now) =>
        new() { Id = Guid.CreateVersion7(now), CustomerId = customerId, BusinessId = businessId, Mode = mode, OpenedAt = now };
}
