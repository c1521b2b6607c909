using Portal.Modules.Billing.Application.Abstractions;
using Portal.Modules.Billing.Application.Gateways;
using Portal.Modules.Billing.Contracts.PaymentMethods;

namespace Portal.Modules.Billing.Application.PaymentMethods;

/// <summary>
/// Adds a card a gateway accepted. The customer's first card becomes the default, and so does any card
/// saved with "use as default"; the previous default is cleared first (the database allows one).
/// </summary>
internal sealed class PaymentMethodSaver(IBillingDbContext db, TimeProvider time)
{
    public async Task<PaymentMethod> SaveAsync(
        BusinessId businessId, Mode mode, CustomerId customerId, PaymentGatewayKind gateway, string reference, CardDetails card, bool makeDefault, CancellationToken cancellationToken)
    {
        var live = db.PaymentMethods.Where(m => m.BusinessId == businessId && m.Mode == mode && m.CustomerId == customerId && m.RemovedAt == null);
        var isDefault = makeDefault || !await live.AnyAsync(cancellationToken);
        if (isDefault)
        {
            await live.Where(m => m.IsDefault).ExecuteUpdateAsync(set => set.SetProperty(m => m.IsDefault, false), cancellationToken);
        }

        var method = PaymentMethod.Save(businessId, mode, customerId, gateway, reference, card, isDefault, time.GetUtcNow());
        db.PaymentMethods.Add(method);
        return method;
    }

    /// <summary>
    /// The card a Stripe setup saved, added once however many times it is reported: the customer back from Checkout,
    /// Stripe's <c>setup_intent.succeeded</c> event, or both at once. Inside the caller's transaction, under the
    /// customer's lock: a card already saved is answered as it is; a new one becomes the default, as the customer
    /// asked for by adding it (saved with the caller's changes).
    /// </summary>
    public async Task<PaymentMethod> SaveStripeCardOnceAsync(
        BusinessId businessId, Mode mode, CustomerId customerId, StripeSavedCard saved, CancellationToken cancellationToken)
    {
        await db.LockCustomerPaymentMethodsAsync(customerId, cancellationToken);
        return await db.PaymentMethods.FirstOrDefaultAsync(
                m => m.CustomerId == customerId && m.Gateway == PaymentGatewayKind.Stripe && m.GatewayReference == saved.PaymentMethodReference && m.RemovedAt == null,
                cancellationToken)
            ?? await SaveAsync(businessId, mode, customerId, PaymentGatewayKind.Stripe, saved.PaymentMethodReference, saved.Card, makeDefault: true, cancellationToken);
    }

    public static PaymentMethodDto ToDto(PaymentMethod method, DateTimeOffset now) =>
        new(method.Id.Value, method.Card.Brand, method.Card.LastFour, method.Card.ExpiryMonth, method.Card.ExpiryYear, method.IsDefault, method.Card.IsExpiredAt(now), method.CreatedAt);
}
