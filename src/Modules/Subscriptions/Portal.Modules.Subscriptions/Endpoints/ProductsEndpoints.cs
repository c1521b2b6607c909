using System.Collections.Frozen;
namespace Portal.Modules.Subscriptions.Endpoints;

/// <summary>The Dodo-compatible product resource, read-only: <c>/products</c>.</summary>
internal static class ProductsEndpoints
{
    /// <summary>Dodo's filters of products.list this platform applies; any other (brand_id: there are no brands) is refused.</summary>
    private static readonly FrozenSet<string> ListFilters = FrozenSet.Create(StringComparer.Ordinal, "recurring", "archived");

    public static void Map(IEndpointRouteBuilder app)
    {
        var products = app.MapGroup("/products").RequireAuthorization(PortalAuth.ApiPolicy).WithTags("Products");

        // Without "archived" (or with false) only products on sale are listed, as Dodo does.
        products.MapGet("/", async (
            [FromQuery(Name = "recurring")] bool? recurring,
            [FromQuery(Name = "archived")] bool? archived,
            [AsParameters] ApiListRequest list) =>
        {
            list.AcceptFilters(ListFilters, "products");
            var tenant = list.Tenant;
            var page = await list.QueryAsync(new ListProductsQuery(tenant.BusinessId, tenant.Mode, recurring, archived ?? false, list.Number, list.Size));
            return TypedResults.Ok(new ProductListResponse([.. page.Select(ProductListItemResponse.From)]));
        }).WithName("ListProducts");

        products.MapGet("/{product_id}", async ([FromRoute(Name = "product_id")] string productId, HttpContext http, ISender sender, CancellationToken ct) =>
        {
            var tenant = ApiTenant.From(http.User);
            return TypedResults.Ok(ProductResponse.From(await sender.QueryAsync(new GetProductQuery(tenant.BusinessId, tenant.Mode, productId), ct)));
        }).WithName("GetProduct");
    }

    internal sealed record ProductListResponse(IReadOnlyList<ProductListItemResponse> Items);
}
