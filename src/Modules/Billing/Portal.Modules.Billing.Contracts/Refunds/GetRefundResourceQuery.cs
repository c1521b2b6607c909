using System.Text.Json;

namespace Portal.Modules.Billing.Contracts.Refunds;

/// <summary>The refund exactly as <c>POST /refunds</c> answers it, for webhooks' <c>data</c>; 404 for another business's.</summary>
public sealed record GetRefundResourceQuery(BusinessId BusinessId, Mode Mode, string RefundId) : IQuery<JsonElement>;
