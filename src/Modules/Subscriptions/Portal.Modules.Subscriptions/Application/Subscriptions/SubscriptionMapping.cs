using Portal.Modules.Subscriptions.Domain.Subscriptions;

namespace Portal.Modules.Subscriptions.Application.Subscriptions;

internal static class SubscriptionMapping
{
    public static SubscriptionDto ToDto(Subscription s, string productName) => new(
        s.Id.Value,
        s.BusinessId.Value,
        s.Mode,
        s.CustomerId.Value,
        s.ProductId.Value,
        productName,
        s.Quantity,
        s.Currency.Code,
        s.UnitPrice,
        s.RecurringAmount,
        s.TaxRateBasisPoints,
        s.Interval.Unit,
        s.Interval.Count,
        s.TermPeriods,
        s.Status,
        s.CurrentPeriodStart,
        s.CurrentPeriodEnd,
        s.CancelAtNextBillingDate,
        s.CancelledAt,
        s.CancellationReason,
        s.CancellationFeedback,
        s.CancellationComment,
        s.PaymentMethodId,
        new BillingAddressDto(s.Billing.Country, s.Billing.State, s.Billing.City, s.Billing.Street, s.Billing.Zipcode),
        s.DuesAmount,
        s.DuesTotal.MinorUnits,
        s.OnHoldSince,
        s.NextDuesAttemptAt,
        s.LatestPaymentId,
        s.CreatedAt);

    public static SubscriptionTransitionDto ToDto(SubscriptionTransition t) =>
        new(t.At, t.Change, t.FromStatus, t.ToStatus, t.Actor, t.Reason, t.PaymentId);
}
