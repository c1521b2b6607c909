using System.Text.Json;

namespace Portal.Modules.Billing.Contracts.Payments;

/// <summary>
/// Payments exactly as <c>GET /payments/{id}</c> answers each, for webhooks' <c>data</c>, read together: keyed by
/// id, with no entry for an id that is not one of this business's payments in this mode.
/// </summary>
public sealed record GetPaymentResourcesQuery(BusinessId BusinessId, Mode Mode, IReadOnlyCollection<string> PaymentIds) : IQuery<IReadOnlyDictionary<string, JsonElement>>;
