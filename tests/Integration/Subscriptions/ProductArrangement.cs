using Portal.BuildingBlocks.Contracts;
using Portal.Modules.Subscriptions.Contracts.ProductCollections;
using Portal.Modules.Subscriptions.Contracts.Products;
using Portal.Tests.Support;

namespace Portal.Tests.Integration.Subscriptions;

/// <summary>Products and collections made through the application's commands, as the arrange step of tests.</summary>
internal static class ProductArrangement
{
    public static ProductInput OneTime(string name = "E-book", long price = 1_500, string currency = "EUR") =>
        new(name, "A book to download", "one_time", price, currency, 2_200, null, null, null, false, null, null);

    public static ProductInput Monthly(string name = "Pro plan", long price = 2_500, string currency = "EUR", int? termPeriods = null) =>
        new(name, null, "subscription", price, currency, 2_200, "month", 1, termPeriods, true, 3, 365);

    public static Task<ProductDto> CreateAsync(PortalFactory factory, BusinessId business, ProductInput product, Mode mode = Mode.Test) =>
        factory.SendAsync(s => s.SendAsync(new CreateProductCommand(business, mode, product)));

    public static Task<ProductDto> ArchiveAsync(PortalFactory factory, BusinessId business, string productId, Mode mode = Mode.Test) =>
        factory.SendAsync(s => s.SendAsync(new ArchiveProductCommand(business, mode, productId, true)));

    public static Task<ProductCollectionDto> CreateCollectionAsync(
        PortalFactory factory, BusinessId business, string name, IReadOnlyList<string> productIds, Mode mode = Mode.Test) =>
        factory.SendAsync(s => s.SendAsync(new SaveProductCollectionCommand(business, mode, null, name, null, productIds)));
}
