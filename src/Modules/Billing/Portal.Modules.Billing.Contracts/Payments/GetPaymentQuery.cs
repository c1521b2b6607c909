namespace Portal.Modules.Billing.Contracts.Payments;

/// <summary>One payment of the business in that mode; anything else (malformed, foreign, other mode) is 404.</summary>
public sealed record GetPaymentQuery(BusinessId BusinessId, Mode Mode, string PaymentId) : IQuery<PaymentDto>;
