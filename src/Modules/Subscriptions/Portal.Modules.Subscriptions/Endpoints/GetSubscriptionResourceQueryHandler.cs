using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using Portal.BuildingBlocks.Application.Messaging;
using Portal.BuildingBlocks.Web;
using Portal.Modules.Subscriptions.Contracts.Subscriptions;

namespace Portal.Modules.Subscriptions.Endpoints;

/// <summary>Serialises the API's own answer with the API's own options, so a webhook's subscription is the retrieve's.</summary>
internal sealed class GetSubscriptionResourceQueryHandler(ISender sender, IOptions<JsonOptions> json) : IQueryHandler<GetSubscriptionResourceQuery, JsonElement>
{
    public async Task<JsonElement> Handle(GetSubscriptionResourceQuery query, CancellationToken cancellationToken)
    {
        var subscription = await sender.QueryAsync(new GetSubscriptionQuery(query.BusinessId, query.Mode, query.SubscriptionId, null), cancellationToken);
        var responses = await SubscriptionsEndpoints.ResponsesAsync(sender, new ApiTenant(query.BusinessId, query.Mode), [subscription], cancellationToken);
        return JsonSerializer.SerializeToElement(responses[0], json.Value.SerializerOptions);
    }
}
