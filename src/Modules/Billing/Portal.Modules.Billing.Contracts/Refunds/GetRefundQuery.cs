namespace Portal.Modules.Billing.Contracts.Refunds;

/// <summary>One refund of the business in that mode; anything else (malformed, foreign, other mode) is 404.</summary>
public sealed record GetRefundQuery(BusinessId BusinessId, Mode Mode, string RefundId) : IQuery<RefundDto>;
