using Microsoft.Extensions.Options;

namespace Portal.Modules.Subscriptions.Endpoints;

/// <summary>Serialises the API's own answer with the API's own options, so a webhook's subscription is the retrieve's.</summary>
internal sealed class GetSubscriptionResourceQueryHandler(ISender sender, IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> json) : IQueryHandler<GetSubscriptionResourceQuery, JsonElement>
{
    public async Task<JsonElement> Handle(GetSubscriptionResourceQuery query, CancellationToken cancellationToken)
    {
        var subscription = await sender.QueryAsync(new GetSubscriptionQuery(query.BusinessId, query.Mode, query.SubscriptionId, null), cancellationToken);
        var responses = await SubscriptionsEndpoints.ResponsesAsync(sender, new ApiTenant(query.BusinessId, query.Mode), [subscription], cancellationToken);
        return JsonSerializer.SerializeToElement(responses[0], json.Value.SerializerOptions);
    }
}
