using System.Text.Json;
using Microsoft.Extensions.Options;
using Portal.Modules.Billing.Application.Abstractions;
using Portal.Modules.Billing.Application.Payments;

namespace Portal.Modules.Billing.Endpoints;

/// <summary>
/// Reads the payments as the retrieve does (<see cref="PaymentReader"/>: three round trips however many) and
/// serialises each with the API's own options, so a webhook's payment is the retrieve's.
/// </summary>
internal sealed class GetPaymentResourcesQueryHandler(IBillingDbContext db, PaymentReader reader, IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> json)
    : IQueryHandler<GetPaymentResourcesQuery, IReadOnlyDictionary<string, JsonElement>>
{
    public async Task<IReadOnlyDictionary<string, JsonElement>> Handle(GetPaymentResourcesQuery query, CancellationToken cancellationToken)
    {
        var ids = query.PaymentIds
            .Select(id => PrefixedId.TryParse<PaymentId>(id, out var paymentId) ? paymentId : (PaymentId?)null)
            .OfType<PaymentId>()
            .Distinct()
            .ToList();
        var payments = await reader.ReadAsync(
            query.BusinessId, query.Mode, db.Payments.Where(p => ids.Contains(p.Id) && p.BusinessId == query.BusinessId && p.Mode == query.Mode), cancellationToken);
        return payments.ToDictionary(p => p.PaymentId, p => JsonSerializer.SerializeToElement(PaymentResponse.From(p), json.Value.SerializerOptions));
    }
}
