using Microsoft.AspNetCore.Routing;

namespace Portal.Modules.Subscriptions.Endpoints;

internal static class ProductCollectionsEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
    }
}
