using System.Net.Http.Headers;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Portal.BuildingBlocks.Contracts;
using Portal.Modules.Billing.Contracts.PaymentMethods;
using Portal.Modules.Billing.Contracts.Payments;
using Portal.Modules.Identity.Contracts.ApiKeys;
using Portal.Modules.Identity.Contracts.Customers;
using Portal.Tests.Support;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Portal.Tests.Browser;

/// <summary>
/// The merchant's admin area in a real browser (headless Chromium through Playwright) against the host
/// on Kestrel: every state a merchant reaches through the sign-in form checked with axe-core, sharing an
/// invite that a second browser (the customer) signs in with, and an API key created, used and revoked.
/// </summary>
public sealed partial class AdminInTheBrowserTests(KestrelDatabaseFixture database, ChromiumFixture chromium, ITestOutputHelper output)
    : BrowserTest(database, chromium, output)
{
    public static TheoryData<string> States =>
    [
        "the admin home",
        "the customers list with results",
        "a customer search with no results",
        "a customer page",
        "a customer page right after Generate",
        "the API keys page right after creating a key",
        "the API key revoke confirmation",
        "the settings page",
        "the settings page after an invalid colour",
        "the settings page with the portal closed",
        "the settings page after turning an email off by keyboard",
        "the customers list in Italian",
        "the customers list in live mode",
        "a customer's payments with a refund to confirm",
        "a customer's payments after a refund",
        "the customers list after a refused new customer",
        "a customer page after a refused phone, by keyboard",
    ];

    [Theory]
    [MemberData(nameof(States))]
    public async Task Axe_core_finds_no_accessibility_violations_on_admin_pages(string state)
    {
        var business = await CreateBusinessAsync();
        await CreateCustomerAsync(business, "ada.lovelace@example.com", "Ada Lovelace");
        await CreateCustomerAsync(business, "grace@navy.example", "Grace Hopper");
        await CreateCustomerAsync(business, "real.buyer@example.com", "Live Buyer", Mode.Live);
        var page = await SignInAsync(business);

        await ReachAsync(page, business, state);

        await AssertAccessibleAsync(page, state);
    }

    [Fact]
    public async Task A_merchant_shares_an_invite_and_the_customer_signs_in_with_it()
    {
        var business = await CreateBusinessAsync();
        await CreateCustomerAsync(business, "ada.lovelace@example.com", "Ada Lovelace");
        await CreateCustomerAsync(business, "grace@navy.example", "Grace Hopper");
        var page = await SignInAsync(business);

        // The merchant finds the customer by part of their email, with the keyboard.
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Admin area" }).GetByRole(AriaRole.Link, new() { Name = "Customers" }).ClickAsync();
        await Expect(Heading(page)).ToHaveTextAsync("Customers");
        await page.GetByLabel("Email or name").FillAsync("lovelace@");
        await page.Keyboard.PressAsync("Enter");
        await Expect(page).ToHaveURLAsync(new Regex(@"/admin/customers\?mode=test&q=lovelace"));
        await Expect(page.Locator("tbody tr")).ToHaveCountAsync(1);
        await page.GetByRole(AriaRole.Link, new() { Name = "Ada Lovelace" }).ClickAsync();
        await Expect(Heading(page)).ToHaveTextAsync("Ada Lovelace");

        await page.GetByRole(AriaRole.Button, new() { Name = "Generate a dynamic link" }).ClickAsync();
        var field = page.GetByLabel("Dynamic link address");
        await Expect(field).ToHaveValueAsync(TestSessionLink());
        var link = await field.InputValueAsync();
        var customerPage = page.Url;

        // The customer, in a browser of their own, opens what the merchant sent them.
        await using var customerContext = await Chromium.NewContextAsync();
        var customer = await customerContext.NewPageAsync();
        await customer.GotoAsync(link);
        await Expect(Heading(customer)).ToHaveTextAsync("Sign in to Acme Software");
        await customer.GetByRole(AriaRole.Button, new() { Name = "Continue to my portal" }).ClickAsync();
        await Expect(customer).ToHaveURLAsync(new Regex("/test/portal$"));
        await Expect(Heading(customer)).ToHaveTextAsync("Hello, Ada Lovelace");

        // Shown once: the customer page opened again has no dynamic link.
        await page.GotoAsync(customerPage);
        await Expect(Heading(page)).ToHaveTextAsync("Ada Lovelace");
        await Expect(page.GetByLabel("Dynamic link address")).ToHaveCountAsync(0);
        Assert.DoesNotContain(link, await page.ContentAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_merchant_creates_an_api_key_and_it_works_once_copied()
    {
        var business = await CreateBusinessAsync();
        var customer = await CreateCustomerAsync(business, "ada.lovelace@example.com", "Ada Lovelace");
        var page = await SignInAsync(business);

        await page.GetByRole(AriaRole.Navigation, new() { Name = "Admin area" }).GetByRole(AriaRole.Link, new() { Name = "API keys" }).ClickAsync();
        await Expect(Heading(page)).ToHaveTextAsync("API keys");
        await page.GetByLabel("Name", new() { Exact = true }).FillAsync("Web shop");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create key" }).ClickAsync();
        var field = page.GetByLabel("Your new API key");
        await Expect(field).ToHaveValueAsync(TestKey());
        var key = await field.InputValueAsync();

        using var api = new HttpClient { BaseAddress = Factory.BaseAddress };
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        var before = await api.GetAsync($"/customers/{customer.Value}");
        Assert.True(before.StatusCode == HttpStatusCode.OK, $"With the new key, GET /customers answered {(int)before.StatusCode}: {await before.Content.ReadAsStringAsync()}");

        await page.GetByRole(AriaRole.Link, new() { Name = "Revoke Web shop" }).ClickAsync();
        await Expect(Heading(page)).ToHaveTextAsync("Revoke the key \"Web shop\"?");
        await page.GetByRole(AriaRole.Button, new() { Name = "Revoke this key" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(@"/admin/api-keys\?mode=test$"));
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("The key \"Web shop\" is revoked: it no longer works.");
        await Expect(page.Locator("tbody tr").Filter(new() { HasText = "Web shop" })).ToContainTextAsync("Revoked on");
        Assert.DoesNotContain(key, await page.ContentAsync(), StringComparison.Ordinal);

        var after = await api.GetAsync($"/customers/{customer.Value}");
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
    }

    private async Task ReachAsync(IPage page, BusinessId business, string state)
    {
        switch (state)
        {
            case "the admin home":
                break;
            case "the customers list with results":
                await OpenCustomersAsync(page);
                break;
            case "a customer search with no results":
                await OpenCustomersAsync(page);
                await page.GetByLabel("Email or name").FillAsync("nobody-here");
                await page.GetByRole(AriaRole.Button, new() { Name = "Search", Exact = true }).ClickAsync();
                await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("No customer's email or name contains \"nobody-here\".");
                break;
            case "a customer page":
                await OpenAdaAsync(page);
                break;
            case "the customers list after a refused new customer":
                await OpenCustomersAsync(page);
                await page.GetByRole(AriaRole.Textbox, new() { Name = "Email", Exact = true }).FillAsync("not-an-email");
                await page.GetByRole(AriaRole.Button, new() { Name = "Add customer" }).ClickAsync();
                await Expect(page.GetByRole(AriaRole.Textbox, new() { Name = "Email", Exact = true })).ToHaveAttributeAsync("aria-invalid", "true");
                await Expect(page.Locator("#new-customer-email-error")).ToHaveTextAsync("Enter a valid email address.");
                break;
            case "a customer page after a refused phone, by keyboard":
                await OpenAdaAsync(page);
                await page.GetByLabel("Phone").FocusAsync();
                await page.Keyboard.TypeAsync("call me");
                await page.Keyboard.PressAsync("Enter");
                await Expect(page.GetByLabel("Phone")).ToHaveAttributeAsync("aria-invalid", "true");
                await Expect(page.Locator("#profile-phonenumber-error")).ToContainTextAsync("Enter a phone number");
                break;
            case "a customer's payments with a refund to confirm":
            case "a customer's payments after a refund":
                var ada = await Factory.SendAsync(s => s.SendAsync(new CreateCustomerCommand(business, Mode.Test, "ada.lovelace@example.com", "Ada Lovelace", null, null)));
                await Factory.SendAsync(s => s.SendAsync(new AddSandboxCardCommand(business, Mode.Test, ada.CustomerId, "4242424242424242", 12, DateTime.UtcNow.Year + 2, true)));
                await Factory.SendAsync(s => s.SendAsync(new ChargeCustomerCommand(
                    business.Value, Mode.Test, ada.CustomerId.Value, "order-1", "EUR", [new ChargeLine("Pro plan", "prod_pro", 1, 2_500, 2_200)], "Pro plan")));
                await OpenAdaAsync(page);
                await page.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^Refund TEST-") }).ClickAsync();
                await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Refund this payment?" })).ToBeVisibleAsync();
                if (state == "a customer's payments after a refund")
                {
                    await page.GetByRole(AriaRole.Button, new() { Name = "Yes, refund it" }).ClickAsync();
                    await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("The refund is done.");
                }

                break;
            case "a customer page right after Generate":
                await OpenAdaAsync(page);
                await page.GetByRole(AriaRole.Button, new() { Name = "Generate a dynamic link" }).ClickAsync();
                await Expect(page.GetByLabel("Dynamic link address")).ToHaveValueAsync(TestSessionLink());
                break;
            case "the API keys page right after creating a key":
                await page.GotoAsync(Url("/admin/api-keys?mode=test"));
                await page.GetByLabel("Name", new() { Exact = true }).FillAsync("Web shop");
                await page.GetByRole(AriaRole.Button, new() { Name = "Create key" }).ClickAsync();
                await Expect(page.GetByLabel("Your new API key")).ToHaveValueAsync(TestKey());
                break;
            case "the API key revoke confirmation":
                await Factory.SendAsync(s => s.SendAsync(new CreateApiKeyCommand(business, Mode.Test, "Web shop")));
                await page.GotoAsync(Url("/admin/api-keys?mode=test"));
                await page.GetByRole(AriaRole.Link, new() { Name = "Revoke Web shop" }).ClickAsync();
                await Expect(Heading(page)).ToHaveTextAsync("Revoke the key \"Web shop\"?");
                break;
            case "the settings page":
                await OpenSettingsAsync(page);
                break;
            case "the settings page after an invalid colour":
                await OpenSettingsAsync(page);
                await page.GetByLabel("Accent colour").FillAsync("teal");
                await page.GetByRole(AriaRole.Button, new() { Name = "Save settings" }).ClickAsync();
                await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Nothing was saved.");
                await Expect(page.GetByLabel("Accent colour")).ToHaveAttributeAsync("aria-invalid", "true");
                break;
            case "the settings page with the portal closed":
                await OpenSettingsAsync(page);
                await page.GetByRole(AriaRole.Button, new() { Name = "Close the customer portal" }).ClickAsync();
                await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Reopen the customer portal" })).ToBeVisibleAsync();
                break;
            case "the settings page after turning an email off by keyboard":
                await OpenSettingsAsync(page);
                await page.GetByLabel("A refund was issued").FocusAsync();
                await page.Keyboard.PressAsync("Space");
                await page.GetByRole(AriaRole.Button, new() { Name = "Save emails" }).FocusAsync();
                await page.Keyboard.PressAsync("Enter");
                await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Email settings saved.");
                await Expect(page.GetByLabel("A refund was issued")).Not.ToBeCheckedAsync();
                await Expect(page.GetByLabel("A cancellation was undone")).ToBeCheckedAsync();
                break;
            case "the customers list in Italian":
                await OpenCustomersAsync(page);
                await page.GetByRole(AriaRole.Navigation, new() { Name = "Language" }).GetByRole(AriaRole.Link, new() { Name = "IT", Exact = true }).ClickAsync();
                await Expect(Heading(page)).ToHaveTextAsync("Clienti");
                await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "it");
                await Expect(page.Locator("tbody tr")).ToHaveCountAsync(2);
                break;
            case "the customers list in live mode":
                await OpenCustomersAsync(page);
                await page.GetByRole(AriaRole.Navigation, new() { Name = "Mode" }).GetByRole(AriaRole.Link, new() { Name = "Live", Exact = true }).ClickAsync();
                await Expect(page).ToHaveURLAsync(new Regex(@"/admin/customers\?mode=live$"));
                await Expect(page.Locator(".mode-notice")).ToHaveTextAsync("Live mode: real customers and real money.");
                await Expect(page.Locator("tbody tr")).ToHaveTextAsync(new Regex("Live Buyer"));
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(state), state, "No such state in this test.");
        }
    }

    private Task<IPage> SignInAsync(BusinessId business) => AdminBrowser.SignInAsync(Context, Factory, business);

    private static async Task OpenCustomersAsync(IPage page)
    {
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Admin area" }).GetByRole(AriaRole.Link, new() { Name = "Customers" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(@"/admin/customers\?mode=test$"));
        await Expect(page.Locator("tbody tr")).ToHaveCountAsync(2);
    }

    private static async Task OpenAdaAsync(IPage page)
    {
        await OpenCustomersAsync(page);
        await page.GetByRole(AriaRole.Link, new() { Name = "Ada Lovelace" }).ClickAsync();
        await Expect(Heading(page)).ToHaveTextAsync("Ada Lovelace");
    }

    private static async Task OpenSettingsAsync(IPage page)
    {
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Admin area" }).GetByRole(AriaRole.Link, new() { Name = "Settings" }).ClickAsync();
        await Expect(Heading(page)).ToHaveTextAsync("Business settings");
    }

    private Task<BusinessId> CreateBusinessAsync() => AdminBrowser.CreateBusinessAsync(Factory);

    private async Task<CustomerId> CreateCustomerAsync(BusinessId business, string email, string name, Mode mode = Mode.Test)
    {
        var customer = await Factory.SendAsync(s => s.SendAsync(new CreateCustomerCommand(business, mode, email, name, null, null)));
        return customer.CustomerId;
    }

    [GeneratedRegex(@"^http://127\.0\.0\.1:\d+/test/session/[A-Za-z0-9_-]+$")]
    private static partial Regex TestSessionLink();

    [GeneratedRegex("^sk_test_[A-Za-z0-9_-]{43}$")]
    private static partial Regex TestKey();
}
