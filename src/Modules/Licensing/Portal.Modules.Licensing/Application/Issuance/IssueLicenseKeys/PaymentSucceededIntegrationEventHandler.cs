using Portal.Modules.Billing.Contracts.Payments;
using Portal.Modules.Subscriptions.Contracts.Products;

namespace Portal.Modules.Licensing.Application.Issuance.IssueLicenseKeys;

/// <summary>
/// Issues a license key for each product of a paid purchase that issues keys, in the delivery's
/// transaction. One key per purchase and product: a subscription's renewals and a redelivered event
/// find the key already there (and the unique issuance index stops two deliveries racing). The customer
/// gets each new key by email (encrypted in the job's arguments, as every email).
/// </summary>
[MessageName("licensing.issue_license_keys")]
internal sealed class PaymentSucceededIntegrationEventHandler(
    ILicensingDbContext db, ISender sender, ILicenseKeyVault vault, TimeProvider time)
    : IIntegrationEventHandler<PaymentSucceededIntegrationEvent>
{
    public async Task HandleAsync(PaymentSucceededIntegrationEvent e, CancellationToken cancellationToken)
    {
        if (e.ProductIds.Count == 0)
        {
            return;
        }

        var terms = await sender.QueryAsync(new GetProductLicenseTermsQuery(e.BusinessId, e.Mode, e.ProductIds), cancellationToken);
        if (terms.Count == 0)
        {
            return;
        }

        var businessId = BusinessId.FromTrusted(e.BusinessId);
        var paymentId = PaymentId.FromTrusted(e.PaymentId);
        var subscriptionId = e.SubscriptionId is null ? (SubscriptionId?)null : SubscriptionId.FromTrusted(e.SubscriptionId);
        var wanted = terms.ToDictionary(t => LicenseKey.IssuanceKeyFor(paymentId, subscriptionId, ProductId.FromTrusted(t.ProductId)));
        var issued = await db.LicenseKeys
            .Where(k => k.BusinessId == businessId && k.Mode == e.Mode && wanted.Keys.Contains(k.IssuanceKey))
            .Select(k => k.IssuanceKey)
            .ToListAsync(cancellationToken);

        var toIssue = wanted.Where(w => !issued.Contains(w.Key)).Select(w => w.Value).ToList();
        if (toIssue.Count == 0)
        {
            return;
        }

        var now = time.GetUtcNow();
        foreach (var product in toIssue)
        {
            var secret = LicenseKeySecret.New();
            var key = LicenseKey.Issue(
                businessId,
                e.Mode,
                CustomerId.FromTrusted(e.CustomerId),
                ProductId.FromTrusted(product.ProductId),
                product.ProductName,
                paymentId,
                subscriptionId,
                product.ActivationLimit,
                product.DurationDays,
                LicenseKeySecret.HashOf(secret)!,
                vault.Seal(secret),
                now);
            db.LicenseKeys.Add(key);
            db.AddIntegrationEvent(new LicenseKeyIssuedIntegrationEvent(
                Guid.CreateVersion7(now), now, key.Id.Value, e.BusinessId, e.Mode, e.CustomerId, product.ProductId, e.PaymentId, e.SubscriptionId));
        }
    }
}
