using Microsoft.AspNetCore.Routing;

namespace Portal.Modules.Subscriptions.Endpoints;

internal static class SubscriptionsEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
    }
}
