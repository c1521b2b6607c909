using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Portal.BuildingBlocks.Contracts;
using Portal.Modules.Billing.Contracts.PaymentMethods;
using Portal.Modules.Subscriptions.Contracts.Products;
using Portal.Tests.Support;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;
using static Portal.Tests.Browser.KeyboardNavigation;

namespace Portal.Tests.Browser;

/// <summary>
/// The merchant's subscriptions in a real browser: axe-core on every state of the list, a subscription
/// and the new-subscription form; subscribing a customer through the form; and the test-mode
/// time-travel rehearsal done with the keyboard alone.
/// </summary>
public sealed class AdminSubscriptionsInTheBrowserTests(KestrelDatabaseFixture database, ChromiumFixture chromium, ITestOutputHelper output)
    : BrowserTest(database, chromium, output)
{
    public static TheoryData<string> States =>
    [
        "an empty subscriptions list",
        "a subscriptions list with subscriptions",
        "an active subscription",
        "an on-hold subscription",
        "a cancellation to confirm",
        "a subscription in Italian",
        "the new subscription form with a validation error",
    ];

    [Theory]
    [MemberData(nameof(States))]
    public async Task Axe_core_finds_no_accessibility_violations_on_subscription_pages(string state)
    {
        using var api = await PortalApi.ForNewBusinessAsync(Factory);
        var page = await SignInAsync(api.Business);

        await ReachAsync(page, api, state);

        await AssertAccessibleAsync(page, state);
    }

    [Fact]
    public async Task A_merchant_subscribes_a_customer_from_their_page_and_lands_on_the_active_subscription()
    {
        using var api = await PortalApi.ForNewBusinessAsync(Factory);
        await CustomerWithCardAsync(api);
        await PlanAsync(api.Business);
        var page = await SignInAsync(api.Business);

        await OpenAdaAsync(page);
        await page.GetByLabel("Product").SelectOptionAsync(new SelectOptionValue { Label = "Pro plan · €10.00 per month" });
        await page.GetByLabel("Quantity").FillAsync("3");
        await page.GetByLabel("Card to charge").SelectOptionAsync(new SelectOptionValue { Index = 0 });
        await page.GetByLabel("Street").FillAsync("Via del Corso 1");
        await page.GetByLabel("Zip code").FillAsync("00186");
        await page.GetByLabel("City").FillAsync("Roma");
        await page.GetByLabel("Country").SelectOptionAsync(new SelectOptionValue { Label = "Italy" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Subscribe and charge the first period" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex(@"/admin/subscriptions/sub_[A-Za-z0-9]+\?mode=test$"));
        await Expect(Heading(page)).ToHaveTextAsync("Pro plan");
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("The subscription is created and its first period is paid.");
        await Expect(page.Locator(".facts").First).ToContainTextAsync("€30.00 per month");
        await page.GetByRole(AriaRole.Link, new() { Name = "Ada Lovelace" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Table, new() { Name = "The customer's subscriptions, newest first" }).Locator("tbody tr")).ToHaveCountAsync(1);
    }

    [Fact]
    public async Task A_merchant_rehearses_a_declined_renewal_and_a_dues_retry_with_the_keyboard_alone()
    {
        using var api = await PortalApi.ForNewBusinessAsync(Factory);
        await api.SubscribeAsync(Factory, await api.CreateCustomerAsync());
        var page = await SignInAsync(api.Business);

        // From the admin home to the subscription, Tab and Enter only.
        await TabToAsync(page, page.GetByRole(AriaRole.Navigation, new() { Name = "Admin area" }).GetByRole(AriaRole.Link, new() { Name = "Subscriptions" }));
        await page.Keyboard.PressAsync("Enter");
        await Expect(Heading(page)).ToHaveTextAsync("Subscriptions");
        await TabToAsync(page, page.GetByRole(AriaRole.Link, new() { Name = "Pro plan" }));
        await page.Keyboard.PressAsync("Enter");
        await Expect(Heading(page)).ToHaveTextAsync("Pro plan");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Time travel: a test-mode rehearsal" })).ToBeVisibleAsync();

        await TabToAsync(page, page.GetByRole(AriaRole.Button, new() { Name = "Advance to the next billing date and simulate a declined payment" }));
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Rehearsal: the renewal payment was declined, so the subscription is on hold and owes €12.20.");
        await Expect(page.Locator(".lead .badge")).ToHaveTextAsync("On hold");

        await TabToAsync(page, page.GetByRole(AriaRole.Button, new() { Name = "Retry the dues now", Exact = true }));
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Rehearsal: the dues were paid and the subscription is active again.");
        await Expect(page.Locator(".lead .badge")).ToHaveTextAsync("Active");
        await Expect(page.GetByRole(AriaRole.Table, new() { Name = "What happened to this subscription, newest first" }).Locator("tbody tr").First)
            .ToContainTextAsync("Amount due paid: active again");
    }

    private async Task ReachAsync(IPage page, PortalApi api, string state)
    {
        switch (state)
        {
            case "an empty subscriptions list":
                await OpenSubscriptionsAsync(page);
                await Expect(page.GetByText("No subscriptions in this mode yet.")).ToBeVisibleAsync();
                break;
            case "a subscriptions list with subscriptions":
                await api.SubscribeAsync(Factory, await api.CreateCustomerAsync());
                await api.SubscribeAsync(Factory, await api.CreateCustomerAsync("Grace Hopper", "grace@navy.example"), "Team plan");
                await OpenSubscriptionsAsync(page);
                await Expect(page.Locator("tbody tr")).ToHaveCountAsync(2);
                break;
            case "an active subscription":
                await api.SubscribeAsync(Factory, await api.CreateCustomerAsync());
                await OpenProPlanAsync(page);
                break;
            case "an on-hold subscription":
                await api.PutOnHoldAsync(Factory, (await api.SubscribeAsync(Factory, await api.CreateCustomerAsync())).Id);
                await OpenProPlanAsync(page);
                await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Retry the dues now", Exact = true })).ToBeVisibleAsync();
                break;
            case "a cancellation to confirm":
                await api.SubscribeAsync(Factory, await api.CreateCustomerAsync());
                await OpenProPlanAsync(page);
                await page.GetByRole(AriaRole.Link, new() { Name = "Cancel now…" }).ClickAsync();
                await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Cancel this subscription now?" })).ToBeVisibleAsync();
                break;
            case "a subscription in Italian":
                await api.SubscribeAsync(Factory, await api.CreateCustomerAsync());
                await OpenProPlanAsync(page);
                await page.GetByRole(AriaRole.Navigation, new() { Name = "Language" }).GetByRole(AriaRole.Link, new() { Name = "IT", Exact = true }).ClickAsync();
                await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "it");
                await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Viaggio nel tempo: una prova in modalità test" })).ToBeVisibleAsync();
                break;
            case "the new subscription form with a validation error":
                await CustomerWithCardAsync(api);
                await PlanAsync(api.Business);
                await OpenAdaAsync(page);
                await page.GetByLabel("Quantity").FillAsync("0");
                await page.GetByRole(AriaRole.Button, new() { Name = "Subscribe and charge the first period" }).ClickAsync();
                await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Nothing was created.");
                await Expect(page.GetByLabel("Quantity")).ToHaveAttributeAsync("aria-invalid", "true");
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(state), state, "No such state in this test.");
        }
    }

    /// <summary>Presses Tab until <paramref name="target"/> has the focus, as someone without a mouse does.</summary>
    private Task<IPage> SignInAsync(BusinessId business) => AdminBrowser.SignInAsync(Context, Factory, business);

    // Opened by its address: after a click on the navigation (the keyboard test's way in), the wait for the
    // list's address timed out now and then on a busy machine; the axe states are about the list itself.
    private async Task OpenSubscriptionsAsync(IPage page)
    {
        await page.GotoAsync(new Uri(Factory.BaseAddress, "/admin/subscriptions?mode=test").AbsoluteUri);
        await Expect(Heading(page)).ToHaveTextAsync("Subscriptions");
    }

    private async Task OpenProPlanAsync(IPage page)
    {
        await OpenSubscriptionsAsync(page);
        await page.GetByRole(AriaRole.Link, new() { Name = "Pro plan" }).ClickAsync();
        await Expect(Heading(page)).ToHaveTextAsync("Pro plan");
    }

    private static async Task OpenAdaAsync(IPage page)
    {
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Admin area" }).GetByRole(AriaRole.Link, new() { Name = "Customers" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Ada Lovelace" }).ClickAsync();
        await Expect(Heading(page)).ToHaveTextAsync("Ada Lovelace");
    }

    /// <summary>Ada, with a Visa test card as her default and no subscription yet.</summary>
    private async Task CustomerWithCardAsync(PortalApi api)
    {
        var customer = await api.CreateCustomerAsync();
        await Factory.SendAsync(s => s.SendAsync(new AddSandboxCardCommand(api.Business, Mode.Test, new CustomerId(customer), "4242424242424242", 12, DateTime.UtcNow.Year + 2, true)));
    }

    private Task<ProductDto> PlanAsync(BusinessId business) =>
        Factory.SendAsync(s => s.SendAsync(new CreateProductCommand(
            business, Mode.Test, new ProductInput("Pro plan", null, "subscription", 1_000, "EUR", 2_200, "month", 1, null, false, null, null))));
}
