using Microsoft.AspNetCore.Routing;

namespace Portal.Modules.Subscriptions.Endpoints;

internal static class ProductsEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
    }
}
