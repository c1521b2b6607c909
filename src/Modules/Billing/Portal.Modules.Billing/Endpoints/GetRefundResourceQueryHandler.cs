using System.Text.Json;
using Microsoft.Extensions.Options;
using Portal.Modules.Billing.Contracts.Refunds;

namespace Portal.Modules.Billing.Endpoints;

/// <summary>Serialises the API's own answer with the API's own options, so a webhook's refund is the one <c>POST /refunds</c> answered.</summary>
internal sealed class GetRefundResourceQueryHandler(ISender sender, IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> json) : IQueryHandler<GetRefundResourceQuery, JsonElement>
{
    public async Task<JsonElement> Handle(GetRefundResourceQuery query, CancellationToken cancellationToken)
    {
        var refund = await sender.QueryAsync(new GetRefundQuery(query.BusinessId, query.Mode, query.RefundId), cancellationToken);
        return JsonSerializer.SerializeToElement(RefundsEndpoints.RefundResponse.From(refund), json.Value.SerializerOptions);
    }
}
