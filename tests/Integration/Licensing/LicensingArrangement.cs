using Portal.BuildingBlocks.Contracts;
using Portal.BuildingBlocks.Domain;
using Portal.Modules.Billing.Contracts.Payments;
using Portal.Modules.Identity.Contracts.ApiKeys;
using Portal.Modules.Licensing.Contracts.Activations;
using Portal.Modules.Licensing.Contracts.LicenseKeys;
using Portal.Modules.Subscriptions.Contracts.Products;
using Portal.Tests.Integration.Subscriptions;
using Portal.Tests.Support;

namespace Portal.Tests.Integration.Licensing;

/// <summary>The usual arrange steps of licensing tests: a product with license keys, a purchase of it, the keys it issued.</summary>
internal static class LicensingArrangement
{
    /// <summary>A one-time product that issues keys (<paramref name="activationLimit"/> null: unlimited; <paramref name="durationDays"/> null: perpetual).</summary>
    public static Task<ProductDto> LicensedProductAsync(
        PortalFactory factory, BusinessId business, int? activationLimit = 3, int? durationDays = null, Mode mode = Mode.Test, string name = "Desktop app") =>
        factory.SendAsync(s => s.SendAsync(new CreateProductCommand(
            business, mode, new ProductInput(name, null, "one_time", 7_900, "EUR", 2_200, null, null, null, true, activationLimit, durationDays))));

    /// <summary>A monthly plan that issues keys for as long as the subscription lasts.</summary>
    public static Task<ProductDto> LicensedPlanAsync(PortalFactory factory, BusinessId business, int? activationLimit = 2) =>
        factory.SendAsync(s => s.SendAsync(new CreateProductCommand(
            business, Mode.Test, new ProductInput("Pro plan", null, "subscription", 1_000, "EUR", 2_200, "month", 1, null, true, activationLimit, null))));

    /// <summary>The customer pays for one unit of the product with their default card; the outbox is drained, so its key exists.</summary>
    public static async Task<ChargeOutcome> BuyAsync(PortalFactory factory, BusinessId business, CustomerId customer, ProductDto product, Mode mode = Mode.Test)
    {
        var outcome = await factory.SendAsync(s => s.SendAsync(new ChargeCustomerCommand(
            business.Value, mode, customer.Value, $"buy-{Guid.NewGuid():N}", product.Currency,
            [new ChargeLine(product.Name, product.Id, 1, product.Price, product.TaxRateBasisPoints)], product.Name)));
        await factory.DrainAsync();
        return outcome;
    }

    public static Task<IReadOnlyList<CustomerLicenseKeyDto>> KeysAsync(PortalFactory factory, BusinessId business, CustomerId customer, Mode mode = Mode.Test) =>
        factory.SendAsync(s => s.QueryAsync(new ListCustomerLicenseKeysQuery(business, mode, customer)));

    /// <summary>A customer with a card who bought a licensed product: the one key it issued.</summary>
    public static async Task<(BusinessId Business, CustomerId Customer, LicenseKeyDto Key)> KeyAsync(
        PortalFactory factory, int? activationLimit = 3, int? durationDays = null)
    {
        var (business, customer) = await SubscriptionArrangement.CustomerWithCardAsync(factory);
        var product = await LicensedProductAsync(factory, business, activationLimit, durationDays);
        await BuyAsync(factory, business, customer, product);
        var key = Assert.Single(await KeysAsync(factory, business, customer)).Key;
        return (business, customer, key);
    }

    /// <summary>The customer signed in to the test portal, through a link the API made.</summary>
    public static async Task<PortalPages> SignInAsync(PortalFactory factory, BusinessId business, CustomerId customer, string language = "en")
    {
        using var api = factory.CreateClient();
        api.DefaultRequestHeaders.Authorization = new("Bearer", await factory.SendAsync(s => s.SendAsync(new CreateApiKeyCommand(business, Mode.Test, "Portal sign-in"))));
        var browser = new PortalPages(factory, language);
        await browser.SubmitFormAsync(PortalPages.PathOf(await PortalSessionTests.CreateLinkAsync(api, customer.Value)));
        return browser;
    }

    public static Task<LicenseActivationDto> ActivateAsync(PortalFactory factory, string licenseKey, string name = "Ada's laptop", Mode mode = Mode.Test) =>
        factory.SendAsync(s => s.SendAsync(new ActivateLicenseCommand(mode, licenseKey, name)));
}
