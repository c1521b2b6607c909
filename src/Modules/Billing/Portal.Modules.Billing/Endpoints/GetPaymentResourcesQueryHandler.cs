using System.Text.Json;
using Microsoft.Extensions.Options;

namespace Portal.Modules.Billing.Endpoints;

/// <summary>Serialises the payments with the API's own options, so a webhook's payment is the retrieve's.</summary>
internal sealed class GetPaymentResourcesQueryHandler(ISender sender, IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> json)
    : IQueryHandler<GetPaymentResourcesQuery, IReadOnlyDictionary<string, JsonElement>>
{
    public async Task<IReadOnlyDictionary<string, JsonElement>> Handle(GetPaymentResourcesQuery query, CancellationToken cancellationToken)
    {
        var payments = await sender.QueryAsync(new GetPaymentsQuery(query.BusinessId, query.Mode, query.PaymentIds), cancellationToken);
        return payments.ToDictionary(p => p.PaymentId, p => JsonSerializer.SerializeToElement(PaymentResponse.From(p), json.Value.SerializerOptions));
    }
}
