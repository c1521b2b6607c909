using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Portal.BuildingBlocks.Contracts;
using Portal.BuildingBlocks.Domain;
using Portal.Modules.Subscriptions.Contracts.ProductCollections;
using Portal.Modules.Subscriptions.Contracts.Products;
using Portal.Tests.Support;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Portal.Tests.Browser;

/// <summary>
/// The merchant's products and product collections in a real browser: axe-core on every page state, and
/// a product created and a collection ordered with the keyboard alone.
/// </summary>
public sealed class ProductsInTheBrowserTests(KestrelDatabaseFixture database, ChromiumFixture chromium, ITestOutputHelper output)
    : BrowserTest(database, chromium, output)
{
    public static TheoryData<string> States =>
    [
        "an empty products list",
        "a products list",
        "the new product form",
        "the product form after an invalid price",
        "the edit form of an archived product",
        "the archive confirmation",
        "an empty collections list",
        "a collections list",
        "the collection form",
        "the collection form after a conflict",
        "the products list in Italian",
    ];

    [Theory]
    [MemberData(nameof(States))]
    public async Task Axe_core_finds_no_accessibility_violations_on_product_pages(string state)
    {
        var business = await CreateBusinessAsync();
        var page = await SignInAsync(business);

        await ReachAsync(page, business, state);

        await AssertAccessibleAsync(page, state);
    }

    [Fact]
    public async Task A_merchant_creates_a_product_and_orders_a_collection_with_the_keyboard_alone()
    {
        var business = await CreateBusinessAsync();
        await CreateProductAsync(business, "Basic", 900);
        var page = await SignInAsync(business);

        await page.GotoAsync(Url("/admin/products/new?mode=test"));
        await page.GetByLabel("Subscription", new() { Exact = true }).FocusAsync();
        await page.Keyboard.PressAsync("Space");
        await page.GetByLabel("Name", new() { Exact = true }).FocusAsync();
        await page.Keyboard.TypeAsync("Pro");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Tab");
        await Expect(page.GetByLabel("Price", new() { Exact = true })).ToBeFocusedAsync();
        await page.Keyboard.TypeAsync("25.90");
        await page.Keyboard.PressAsync("Enter");
        await Expect(page).ToHaveURLAsync(new Regex(@"/admin/products\?mode=test$"));
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("\"Pro\" is created.");
        await Expect(page.Locator("tbody tr").First).ToContainTextAsync("€25.90");

        await page.GetByRole(AriaRole.Navigation, new() { Name = "Admin area" }).GetByRole(AriaRole.Link, new() { Name = "Product collections" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "New collection" }).ClickAsync();
        await page.GetByLabel("Name", new() { Exact = true }).FocusAsync();
        await page.Keyboard.TypeAsync("Plans");
        await page.GetByRole(AriaRole.Checkbox, new() { Name = "Pro" }).FocusAsync();
        await page.Keyboard.PressAsync("Space");
        await page.Keyboard.PressAsync("Tab");
        await Expect(page.GetByLabel("Tier of Pro")).ToBeFocusedAsync();
        await page.Keyboard.TypeAsync("2");
        await page.GetByRole(AriaRole.Checkbox, new() { Name = "Basic" }).FocusAsync();
        await page.Keyboard.PressAsync("Space");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync("1");
        await page.Keyboard.PressAsync("Enter");
        await Expect(page).ToHaveURLAsync(new Regex(@"/admin/product-collections\?mode=test$"));
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("\"Plans\" is created.");
        await Expect(page.Locator("tbody tr ol li")).ToHaveTextAsync(["Basic", "Pro"]);
    }

    private async Task ReachAsync(IPage page, BusinessId business, string state)
    {
        switch (state)
        {
            case "an empty products list":
                await OpenProductsAsync(page);
                await Expect(page.GetByText("No products in this mode yet.")).ToBeVisibleAsync();
                break;
            case "a products list":
                await ArrangeCatalogueAsync(business);
                await OpenProductsAsync(page);
                await Expect(page.Locator("tbody tr")).ToHaveCountAsync(3);
                break;
            case "the new product form":
                await OpenProductsAsync(page);
                await page.GetByRole(AriaRole.Link, new() { Name = "New product" }).ClickAsync();
                await Expect(Heading(page)).ToHaveTextAsync("New product");
                break;
            case "the product form after an invalid price":
                await page.GotoAsync(Url("/admin/products/new?mode=test"));
                await page.GetByLabel("Name", new() { Exact = true }).FillAsync("Pro");
                await page.GetByLabel("Currency").SelectOptionAsync("JPY");
                await page.GetByLabel("Price", new() { Exact = true }).FillAsync("1000.50");
                await page.GetByRole(AriaRole.Button, new() { Name = "Create product" }).ClickAsync();
                await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Prices in JPY are whole numbers, without decimals.");
                await Expect(page.GetByLabel("Price", new() { Exact = true })).ToHaveAttributeAsync("aria-invalid", "true");
                break;
            case "the edit form of an archived product":
            case "the archive confirmation":
                await ArrangeCatalogueAsync(business);
                await OpenProductsAsync(page);
                if (state == "the archive confirmation")
                {
                    await page.GetByRole(AriaRole.Link, new() { Name = "Archive Team" }).ClickAsync();
                    await Expect(Heading(page)).ToHaveTextAsync("Archive \"Team\"?");
                }
                else
                {
                    await page.GetByRole(AriaRole.Link, new() { Name = "E-book", Exact = true }).ClickAsync();
                    await Expect(Heading(page)).ToHaveTextAsync("Edit E-book");
                    await Expect(page.GetByText("This product is archived")).ToBeVisibleAsync();
                }

                break;
            case "an empty collections list":
                await OpenCollectionsAsync(page);
                await Expect(page.GetByText("No product collections in this mode yet.")).ToBeVisibleAsync();
                break;
            case "a collections list":
                await ArrangeCatalogueAsync(business, withCollection: true);
                await OpenCollectionsAsync(page);
                await Expect(page.Locator("tbody tr")).ToHaveCountAsync(1);
                break;
            case "the collection form":
                await ArrangeCatalogueAsync(business, withCollection: true);
                await OpenCollectionsAsync(page);
                await page.GetByRole(AriaRole.Link, new() { Name = "Plans" }).ClickAsync();
                await Expect(Heading(page)).ToHaveTextAsync("Edit Plans");
                break;
            case "the collection form after a conflict":
                await ArrangeCatalogueAsync(business, withCollection: true);
                await OpenCollectionsAsync(page);
                await page.GetByRole(AriaRole.Link, new() { Name = "New collection" }).ClickAsync();
                await page.GetByLabel("Name", new() { Exact = true }).FillAsync("Other plans");
                await page.GetByRole(AriaRole.Checkbox, new() { Name = "Pro" }).CheckAsync();
                await page.GetByRole(AriaRole.Button, new() { Name = "Create collection" }).ClickAsync();
                await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("\"Pro\" is already in \"Plans\"");
                break;
            case "the products list in Italian":
                await ArrangeCatalogueAsync(business);
                await OpenProductsAsync(page);
                await page.GetByRole(AriaRole.Navigation, new() { Name = "Language" }).GetByRole(AriaRole.Link, new() { Name = "IT", Exact = true }).ClickAsync();
                await Expect(Heading(page)).ToHaveTextAsync("Prodotti");
                await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "it");
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(state), state, "No such state in this test.");
        }
    }

    /// <summary>E-book (one-time, archived), Pro (monthly) and Team (yearly, 3 payments); with a collection "Plans" of Pro.</summary>
    private async Task ArrangeCatalogueAsync(BusinessId business, bool withCollection = false)
    {
        var ebook = await CreateProductAsync(business, "E-book", 1_500, kind: "one_time");
        await Factory.SendAsync(s => s.SendAsync(new Modules.Subscriptions.Contracts.Products.ArchiveProductCommand(business, Mode.Test, ebook, true)));
        var pro = await CreateProductAsync(business, "Pro", 2_500);
        await CreateProductAsync(business, "Team", 99_000, unit: "year", termPeriods: 3);
        if (withCollection)
        {
            await Factory.SendAsync(s => s.SendAsync(new SaveProductCollectionCommand(business, Mode.Test, null, "Plans", null, [pro])));
        }
    }

    private async Task<string> CreateProductAsync(BusinessId business, string name, long price, string kind = "subscription", string unit = "month", int? termPeriods = null)
    {
        var recurring = kind != "one_time";
        var product = await Factory.SendAsync(s => s.SendAsync(new CreateProductCommand(
            business, Mode.Test, new ProductInput(name, null, kind, price, "EUR", 2_200, recurring ? unit : null, recurring ? 1 : null, termPeriods, false, null, null))));
        Factory.Time.Advance(TimeSpan.FromMinutes(1));
        return product.Id;
    }

    private Task<IPage> SignInAsync(BusinessId business) => AdminBrowser.SignInAsync(Context, Factory, business);

    private static async Task OpenProductsAsync(IPage page)
    {
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Admin area" }).GetByRole(AriaRole.Link, new() { Name = "Products", Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(@"/admin/products\?mode=test$"));
        await Expect(Heading(page)).ToHaveTextAsync("Products");
    }

    private static async Task OpenCollectionsAsync(IPage page)
    {
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Admin area" }).GetByRole(AriaRole.Link, new() { Name = "Product collections" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(@"/admin/product-collections\?mode=test$"));
        await Expect(Heading(page)).ToHaveTextAsync("Product collections");
    }

    private Task<BusinessId> CreateBusinessAsync() => AdminBrowser.CreateBusinessAsync(Factory);
}
