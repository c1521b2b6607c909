using System.Collections.Frozen;
using Portal.Modules.Subscriptions.Contracts.ProductCollections;

namespace Portal.Modules.Subscriptions.Endpoints;

/// <summary>The Dodo-compatible product collection resource, read-only: <c>/product-collections</c>.</summary>
internal static class ProductCollectionsEndpoints
{
    /// <summary>Dodo's filters of productCollections.list this platform applies; any other (brand_id) is refused.</summary>
    private static readonly FrozenSet<string> ListFilters = FrozenSet.Create(StringComparer.Ordinal, "archived");

    public static void Map(IEndpointRouteBuilder app)
    {
        var collections = app.MapGroup("/product-collections").RequireAuthorization(PortalAuth.ApiPolicy).WithTags("Product collections");

        collections.MapGet("/", async (
            [FromQuery(Name = "archived")] bool? archived,
            [AsParameters] ApiListRequest list) =>
        {
            list.AcceptFilters(ListFilters, "product collections");
            var tenant = list.Tenant;
            // Asked even for archived=true, so that bad paging is refused the same way either way.
            var page = await list.QueryAsync(new ListProductCollectionsQuery(tenant.BusinessId, tenant.Mode, list.Number, list.Size));
            // Collections are never archived here: the archived ones are none.
            return TypedResults.Ok(new ProductCollectionListResponse(archived == true ? [] : [.. page.Select(ProductCollectionListItemResponse.From)]));
        }).WithName("ListProductCollections");

        collections.MapGet("/{collection_id}", async ([FromRoute(Name = "collection_id")] string collectionId, HttpContext http, ISender sender, CancellationToken ct) =>
        {
            var tenant = ApiTenant.From(http.User);
            var collection = await sender.QueryAsync(new GetProductCollectionQuery(tenant.BusinessId, tenant.Mode, collectionId), ct);
            return TypedResults.Ok(ProductCollectionResponse.From(collection, tenant.BusinessId.Value));
        }).WithName("GetProductCollection");
    }

    internal sealed record ProductCollectionListResponse(IReadOnlyList<ProductCollectionListItemResponse> Items);
}
