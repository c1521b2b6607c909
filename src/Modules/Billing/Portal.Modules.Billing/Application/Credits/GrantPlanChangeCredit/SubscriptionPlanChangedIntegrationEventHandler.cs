using Portal.Modules.Subscriptions.Contracts.Subscriptions;

namespace Portal.Modules.Billing.Application.Credits.GrantPlanChangeCredit;

/// <summary>
/// Credits the customer what a plan change gave back (a downgrade), in the delivery's transaction: the
/// entry is keyed by the change, so a redelivery adds nothing. The credit exists only once the change
/// committed, since the event was written with it.
/// </summary>
[MessageName("billing.grant_plan_change_credit")]
internal sealed class SubscriptionPlanChangedIntegrationEventHandler(CreditLedger ledger)
    : IIntegrationEventHandler<SubscriptionPlanChangedIntegrationEvent>
{
    public async Task HandleAsync(SubscriptionPlanChangedIntegrationEvent e, CancellationToken cancellationToken)
    {
        if (e.Credited <= 0)
        {
            return;
        }

        var customerId = CustomerId.FromTrusted(e.CustomerId);
        await ledger.LockAsync(customerId, cancellationToken);
        await ledger.AddOnceAsync(
            BusinessId.FromTrusted(e.BusinessId), e.Mode, customerId, new Money(e.Credited, Currency.Of(e.Currency)), e.CreditKey, "Plan change credit", cancellationToken);
    }
}
