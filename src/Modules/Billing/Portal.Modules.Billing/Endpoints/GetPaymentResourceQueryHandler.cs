using System.Text.Json;
using Microsoft.Extensions.Options;
using Portal.Modules.Billing.Contracts.Payments;

namespace Portal.Modules.Billing.Endpoints;

/// <summary>Serialises the API's own answer with the API's own options, so a webhook's payment is the retrieve's.</summary>
internal sealed class GetPaymentResourceQueryHandler(ISender sender, IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> json) : IQueryHandler<GetPaymentResourceQuery, JsonElement>
{
    public async Task<JsonElement> Handle(GetPaymentResourceQuery query, CancellationToken cancellationToken)
    {
        var payment = await sender.QueryAsync(new GetPaymentQuery(query.BusinessId, query.Mode, query.PaymentId), cancellationToken);
        return JsonSerializer.SerializeToElement(PaymentResponse.From(payment), json.Value.SerializerOptions);
    }
}
