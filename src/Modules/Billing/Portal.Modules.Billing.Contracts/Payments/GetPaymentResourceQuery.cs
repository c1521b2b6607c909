using System.Text.Json;

namespace Portal.Modules.Billing.Contracts.Payments;

/// <summary>The payment exactly as <c>GET /payments/{id}</c> answers it, for webhooks' <c>data</c>; 404 like it.</summary>
public sealed record GetPaymentResourceQuery(BusinessId BusinessId, Mode Mode, string PaymentId) : IQuery<JsonElement>;
