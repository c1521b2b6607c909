using Microsoft.Playwright;
using Portal.BuildingBlocks.Contracts;
using Portal.Modules.Subscriptions.Contracts.Subscriptions;
using Portal.Tests.Support;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Portal.Tests.Browser;

/// <summary>
/// Subscriptions in a real browser: cancelling at the end of the period and undoing it, changing the
/// billing address, and axe-core on every state of the list, detail, cancel and billing pages.
/// </summary>
public sealed class SubscriptionsInTheBrowserTests(KestrelDatabaseFixture database, ChromiumFixture chromium, ITestOutputHelper output)
    : BrowserTest(database, chromium, output)
{
    public static TheoryData<string> States =>
    [
        "an empty list",
        "a list of current and past subscriptions",
        "the overview with a subscription on hold",
        "an active subscription",
        "a subscription on hold",
        "a scheduled cancellation",
        "the cancel confirmation",
        "the billing form with errors",
        "a subscription in Italian",
    ];

    [Fact]
    public async Task A_customer_cancels_at_the_end_of_the_period_and_undoes_it()
    {
        var (page, api, customer) = await SignedInAsync();
        var subscription = await api.SubscribeAsync(Factory, customer);
        var ends = subscription.CurrentPeriodEnd.UtcDateTime.ToString("d MMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("en"));

        await page.GetByRole(AriaRole.Link, new() { Name = "All subscriptions" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Pro plan" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Cancel subscription" }).ClickAsync();
        await Expect(Heading(page)).ToHaveTextAsync("Cancel Pro plan");
        await Expect(page.GetByRole(AriaRole.Radio, new() { Name = $"At the end of the current period, on {ends}" })).ToBeCheckedAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Confirm cancellation" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync($"Your subscription will end on {ends}.");
        await Expect(page.Locator("main")).ToContainTextAsync("Cancellation scheduled for the end of the period");
        await page.GetByRole(AriaRole.Button, new() { Name = "Undo cancellation" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync($"The cancellation is undone: your subscription renews on {ends}.");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Undo cancellation" })).ToHaveCountAsync(0);
        var after = await GetAsync(api, subscription.Id);
        Assert.Equal((SubscriptionStatus.Active, false), (after.Status, after.CancelAtNextBillingDate));
    }

    [Fact]
    public async Task A_customer_updates_the_billing_address()
    {
        var (page, api, customer) = await SignedInAsync();
        var subscription = await api.SubscribeAsync(Factory, customer);

        await page.GotoAsync(Url($"/test/portal/subscriptions/{subscription.Id}"));
        await page.GetByRole(AriaRole.Link, new() { Name = "Edit billing details" }).ClickAsync();
        await page.GetByLabel("Full name").FillAsync("Ada King");
        await page.GetByLabel("Street address").FillAsync("10 Downing Street");
        await page.GetByLabel("City").FillAsync("London");
        await page.GetByLabel("Zip code").FillAsync("SW1A 2AA");
        await page.GetByLabel("State or province").FillAsync(string.Empty);
        await page.GetByLabel("Country").SelectOptionAsync(new SelectOptionValue { Label = "United Kingdom" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Save billing details" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Billing details saved.");
        var address = page.Locator("address");
        await Expect(address).ToContainTextAsync("Ada King");
        await Expect(address).ToContainTextAsync("10 Downing Street");
        await Expect(address).ToContainTextAsync("SW1A 2AA London");
        await Expect(address).ToContainTextAsync("United Kingdom");
        Assert.Equal(new BillingAddressDto("GB", null, "London", "10 Downing Street", "SW1A 2AA"), (await GetAsync(api, subscription.Id)).Billing);
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
        var (page, api, customer) = await SignedInAsync();
        switch (state)
        {
            case "an empty list":
                await page.GotoAsync(Url("/test/portal/subscriptions"));
                await Expect(page.Locator("main")).ToContainTextAsync("You have no subscriptions yet.");
                break;
            case "a list of current and past subscriptions":
                await api.SubscribeAsync(Factory, customer, "Pro plan");
                var past = await api.SubscribeAsync(Factory, customer, "Starter plan", 500);
                await CancelNowAsync(page, past.Id);
                await page.GotoAsync(Url("/test/portal/subscriptions"));
                await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Past subscriptions" })).ToBeVisibleAsync();
                await Expect(page.Locator("tbody tr")).ToHaveCountAsync(2);
                break;
            case "the overview with a subscription on hold":
                await api.SubscribeAsync(Factory, customer, "Pro plan");
                await api.PutOnHoldAsync(Factory, (await api.SubscribeAsync(Factory, customer, "Team plan", 2_500)).Id);
                await page.GotoAsync(Url("/test/portal"));
                await Expect(page.Locator("main")).ToContainTextAsync("Team plan is on hold");
                break;
            case "an active subscription":
                await page.GotoAsync(Url($"/test/portal/subscriptions/{(await api.SubscribeAsync(Factory, customer)).Id}"));
                await Expect(page.Locator("main")).ToContainTextAsync("Next billing date");
                break;
            case "a subscription on hold":
                var onHold = await api.SubscribeAsync(Factory, customer);
                await api.PutOnHoldAsync(Factory, onHold.Id);
                await page.GotoAsync(Url($"/test/portal/subscriptions/{onHold.Id}"));
                await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Payment needed: this subscription is on hold" })).ToBeVisibleAsync();
                break;
            case "a scheduled cancellation":
                await page.GotoAsync(Url($"/test/portal/subscriptions/{(await api.SubscribeAsync(Factory, customer)).Id}/cancel"));
                await page.GetByRole(AriaRole.Button, new() { Name = "Confirm cancellation" }).ClickAsync();
                await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Undo cancellation" })).ToBeVisibleAsync();
                break;
            case "the cancel confirmation":
                await page.GotoAsync(Url($"/test/portal/subscriptions/{(await api.SubscribeAsync(Factory, customer)).Id}/cancel"));
                await Expect(page.GetByRole(AriaRole.Group, new() { Name = "When should it end?" })).ToBeVisibleAsync();
                break;
            case "the billing form with errors":
                await page.GotoAsync(Url($"/test/portal/subscriptions/{(await api.SubscribeAsync(Factory, customer)).Id}/billing"));
                await page.GetByLabel("Full name").FillAsync(string.Empty);
                await page.GetByRole(AriaRole.Button, new() { Name = "Save billing details" }).ClickAsync();
                await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Nothing was saved.");
                await Expect(page.GetByLabel("Full name")).ToHaveAttributeAsync("aria-invalid", "true");
                break;
            case "a subscription in Italian":
                await page.GotoAsync(Url($"/test/portal/subscriptions/{(await api.SubscribeAsync(Factory, customer)).Id}"));
                await page.GetByRole(AriaRole.Navigation, new() { Name = "Language" }).GetByRole(AriaRole.Link, new() { Name = "IT", Exact = true }).ClickAsync();
                await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "it");
                await Expect(page.Locator("main")).ToContainTextAsync("Prossimo addebito");
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(state), state, "No such state in this test.");
        }

        return page;
    }

    private async Task<(IPage Page, PortalApi Api, string Customer)> SignedInAsync()
    {
        var api = await PortalApi.ForNewBusinessAsync(Factory);
        DisposeAfterTest(api);
        var customer = await api.CreateCustomerAsync("Ada Lovelace");
        return (await api.SignInAsync(Context, customer), api, customer);
    }

    private async Task CancelNowAsync(IPage page, string subscriptionId)
    {
        await page.GotoAsync(Url($"/test/portal/subscriptions/{subscriptionId}/cancel"));
        await page.GetByRole(AriaRole.Radio, new() { Name = "Immediately" }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Confirm cancellation" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Your subscription is cancelled.");
    }

    private Task<SubscriptionDto> GetAsync(PortalApi api, string subscriptionId) =>
        Factory.SendAsync(s => s.QueryAsync(new GetSubscriptionQuery(api.Business, Mode.Test, subscriptionId, null)));
}
