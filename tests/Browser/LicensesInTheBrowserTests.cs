using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Portal.BuildingBlocks.Contracts;
using Portal.Modules.Billing.Contracts.PaymentMethods;
using Portal.Modules.Billing.Contracts.Payments;
using Portal.Modules.Licensing.Contracts.Activations;
using Portal.Modules.Licensing.Contracts.LicenseKeys;
using Portal.Modules.Subscriptions.Contracts.Products;
using Portal.Tests.Support;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;
using static Portal.Tests.Browser.KeyboardNavigation;

namespace Portal.Tests.Browser;

/// <summary>
/// License keys in a real browser: a customer who ran out of activations frees one from the portal with the
/// keyboard alone, through the confirmation; axe-core on every state of the portal and admin pages.
/// </summary>
public sealed class LicensesInTheBrowserTests(KestrelDatabaseFixture database, ChromiumFixture chromium, ITestOutputHelper output)
    : BrowserTest(database, chromium, output)
{
    public static TheoryData<string> States =>
    [
        "the overview with a key",
        "the keys and their instances",
        "the deactivation confirmation",
        "a rename refused",
        "no keys yet",
        "the keys in Italian",
        "the admin list of keys",
        "the admin page of a key",
    ];

    [Fact]
    public async Task A_customer_at_the_limit_deactivates_an_old_computer_with_the_keyboard_and_the_activation_is_free()
    {
        var (page, api, customer) = await CustomerWithKeyAsync(activate: ["Old laptop", "Office PC"]);
        await page.GotoAsync(Url("/test/portal/licenses"));
        await Expect(page.GetByText("2 of 2 in use")).ToBeVisibleAsync();

        await TabToAsync(page, page.GetByRole(AriaRole.Link, new() { Name = "Deactivate Old laptop" }));
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Deactivate Old laptop?" })).ToBeVisibleAsync();
        // The confirm button has the focus: Enter confirms.
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Yes, deactivate" })).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");

        await Expect(page).ToHaveURLAsync(new Regex("/test/portal/licenses\\?done=deactivated$"));
        await Expect(page.GetByRole(AriaRole.Status).First).ToContainTextAsync("Instance deactivated: one more activation is free.");
        await Expect(page.GetByText("1 of 2 in use")).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Cell, new() { Name = "Old laptop" })).ToHaveCountAsync(0);
        var key = Assert.Single(await KeysAsync(api, customer)).Key;
        Assert.Equal(1, key.InstancesCount);
    }

    [Theory]
    [MemberData(nameof(States))]
    public async Task Axe_core_finds_no_accessibility_violations_with(string state)
    {
        var page = await OpenAsync(state);

        await AssertAccessibleAsync(page, state);
    }

    private async Task<IPage> OpenAsync(string state)
    {
        var (page, api, customer) = await CustomerWithKeyAsync(activate: ["Ada's MacBook"], buy: state != "no keys yet");
        switch (state)
        {
            case "the overview with a key":
                await Expect(page.GetByRole(AriaRole.Link, new() { Name = "All license keys and their activations" })).ToBeVisibleAsync();
                break;
            case "the keys and their instances":
                await page.GotoAsync(Url("/test/portal/licenses"));
                await Expect(page.GetByText("1 of 2 in use")).ToBeVisibleAsync();
                break;
            case "the deactivation confirmation":
                await page.GotoAsync(Url("/test/portal/licenses"));
                await page.GetByRole(AriaRole.Link, new() { Name = "Deactivate Ada's MacBook" }).ClickAsync();
                await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Deactivate Ada's MacBook?" })).ToBeVisibleAsync();
                break;
            case "a rename refused":
                await page.GotoAsync(Url("/test/portal/licenses"));
                await page.GetByRole(AriaRole.Link, new() { Name = "Rename Ada's MacBook" }).ClickAsync();
                await page.GetByRole(AriaRole.Textbox, new() { Name = "New name for Ada's MacBook" }).FillAsync(" ");
                await page.GetByRole(AriaRole.Button, new() { Name = "Save name" }).ClickAsync();
                await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Give the instance a name of 1 to 200 characters.");
                break;
            case "no keys yet":
                await page.GotoAsync(Url("/test/portal/licenses"));
                await Expect(page.GetByText("No license keys yet.")).ToBeVisibleAsync();
                break;
            case "the keys in Italian":
                await page.GotoAsync(Url("/test/portal/licenses"));
                await page.GetByRole(AriaRole.Navigation, new() { Name = "Language" }).GetByRole(AriaRole.Link, new() { Name = "IT", Exact = true }).ClickAsync();
                await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "it");
                await Expect(page.GetByText("1 di 2 in uso")).ToBeVisibleAsync();
                break;
            case "the admin list of keys":
                page = await AdminBrowser.SignInAsync(Context, Factory, api.Business);
                await page.GotoAsync(Url("/admin/license-keys?mode=test"));
                await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "All license keys" })).ToBeVisibleAsync();
                break;
            case "the admin page of a key":
                var key = Assert.Single(await KeysAsync(api, customer)).Key;
                page = await AdminBrowser.SignInAsync(Context, Factory, api.Business);
                await page.GotoAsync(Url($"/admin/license-keys/{key.Id}?mode=test&confirm=disable"));
                await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Disable this key?" })).ToBeVisibleAsync();
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(state), state, "No such state in this test.");
        }

        return page;
    }

    /// <summary>A signed-in customer who bought a desktop app with keys (limit 2) and activated it on the named computers.</summary>
    private async Task<(IPage Page, PortalApi Api, string Customer)> CustomerWithKeyAsync(string[] activate, bool buy = true)
    {
        var api = await PortalApi.ForNewBusinessAsync(Factory);
        DisposeAfterTest(api);
        var customer = await api.CreateCustomerAsync("Ada Lovelace");
        if (buy)
        {
            var app = await Factory.SendAsync(s => s.SendAsync(new CreateProductCommand(
                api.Business, Mode.Test, new ProductInput("Desktop app", null, "one_time", 4_900, "EUR", 2_200, null, null, null, true, 2, null))));
            await Factory.SendAsync(s => s.SendAsync(new AddSandboxCardCommand(api.Business, Mode.Test, new CustomerId(customer), "4242424242424242", 12, DateTime.UtcNow.Year + 2, true)));
            await Factory.SendAsync(s => s.SendAsync(new ChargeCustomerCommand(
                api.Business.Value, Mode.Test, customer, "buy-desktop", "EUR", [new ChargeLine(app.Name, app.Id, 1, app.Price, app.TaxRateBasisPoints)], app.Name)));
            await Factory.DrainAsync();
            var key = Assert.Single(await KeysAsync(api, customer)).Key;
            foreach (var name in activate)
            {
                await Factory.SendAsync(s => s.SendAsync(new ActivateLicenseCommand(Mode.Test, key.Key, name)));
            }
        }

        return (await api.SignInAsync(Context, customer), api, customer);
    }

    private Task<IReadOnlyList<CustomerLicenseKeyDto>> KeysAsync(PortalApi api, string customer) =>
        Factory.SendAsync(s => s.QueryAsync(new ListCustomerLicenseKeysQuery(api.Business, Mode.Test, new CustomerId(customer))));
}
