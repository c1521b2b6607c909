using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Portal.BuildingBlocks.Contracts;
using Portal.Tests.Support;
using Portal.Tests.Support.Webhooks;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Portal.Tests.Browser;

/// <summary>
/// Developers → Webhooks in a real browser: a merchant adds an endpoint with the keyboard, reveals its secret,
/// sends a test event and reads it delivered in the log; every state is checked with axe-core.
/// </summary>
public sealed partial class AdminWebhooksInTheBrowserTests(KestrelDatabaseFixture database, ChromiumFixture chromium, ITestOutputHelper output)
    : BrowserTest(database, chromium, output)
{
    public static TheoryData<string> States =>
    [
        "the webhooks page with no endpoint",
        "the webhooks page after an invalid URL",
        "an endpoint with its secret revealed and a delivered test event",
        "the delete confirmation",
        "the roll-secret confirmation",
        "the webhooks page in Italian",
    ];

    [Theory]
    [MemberData(nameof(States))]
    public async Task Axe_core_finds_no_accessibility_violations_on_the_webhooks_pages(string state)
    {
        await using var receiver = WebhookReceiver.Start();
        var business = await AdminBrowser.CreateBusinessAsync(Factory);
        var page = await AdminBrowser.SignInAsync(Context, Factory, business);
        await page.GotoAsync(Url("/admin/webhooks?mode=test"));

        switch (state)
        {
            case "the webhooks page after an invalid URL":
                await page.GetByLabel("URL").FillAsync("ftp://hooks.example/x");
                await page.GetByRole(AriaRole.Button, new() { Name = "Add endpoint" }).ClickAsync();
                await Expect(page.GetByLabel("URL")).ToHaveAttributeAsync("aria-invalid", "true");
                break;
            case "an endpoint with its secret revealed and a delivered test event":
                await AddEndpointAsync(page, receiver.Url);
                await page.GetByRole(AriaRole.Button, new() { Name = "Send a test event" }).ClickAsync();
                await Factory.DrainAsync();
                await page.ReloadAsync();
                await Expect(page.Locator("tbody tr")).ToContainTextAsync("Delivered");
                await page.GetByRole(AriaRole.Button, new() { Name = "Reveal the secret" }).ClickAsync();
                await Expect(page.GetByLabel("The endpoint's signing secret")).ToHaveValueAsync(Secret());
                break;
            case "the delete confirmation":
                await AddEndpointAsync(page, receiver.Url);
                await page.GetByRole(AriaRole.Link, new() { Name = "Delete endpoint" }).ClickAsync();
                await Expect(Heading(page)).ToContainTextAsync("Delete the endpoint");
                break;
            case "the roll-secret confirmation":
                await AddEndpointAsync(page, receiver.Url);
                await page.GetByRole(AriaRole.Link, new() { Name = "Roll the secret" }).ClickAsync();
                await Expect(Heading(page)).ToContainTextAsync("a new signing secret?");
                break;
            case "the webhooks page in Italian":
                await page.GetByRole(AriaRole.Navigation, new() { Name = "Language" }).GetByRole(AriaRole.Link, new() { Name = "IT", Exact = true }).ClickAsync();
                await Expect(Heading(page)).ToHaveTextAsync("Webhook");
                await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "it");
                break;
        }

        await AssertAccessibleAsync(page, state);
    }

    [Fact]
    public async Task A_merchant_adds_an_endpoint_with_the_keyboard_and_its_test_event_arrives_signed_with_the_revealed_secret()
    {
        await using var receiver = WebhookReceiver.Start();
        var business = await AdminBrowser.CreateBusinessAsync(Factory);
        var page = await AdminBrowser.SignInAsync(Context, Factory, business);
        await page.GotoAsync(Url("/admin/webhooks?mode=test"));

        await page.GetByLabel("URL").FocusAsync();
        await page.Keyboard.TypeAsync(receiver.Url);
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync("Orders server");
        await page.GetByLabel("subscription.on_hold").FocusAsync();
        await page.Keyboard.PressAsync("Space");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add endpoint" }).PressAsync("Enter");
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("The endpoint was added.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Reveal the secret" }).PressAsync("Enter");
        var secret = await page.GetByLabel("The endpoint's signing secret").InputValueAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Send a test event" }).PressAsync("Enter");
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("A test event is on its way");
        await Factory.DrainAsync();

        var delivered = Assert.Single(receiver.Received);
        new StandardWebhooks.StandardWebhook(secret).Verify(
            delivered.Body,
            new Microsoft.AspNetCore.Http.HeaderDictionary(delivered.Headers.ToDictionary(h => h.Key, h => new Microsoft.Extensions.Primitives.StringValues(h.Value))));
        Assert.Contains("\"type\":\"webhook.test\"", delivered.Body, StringComparison.Ordinal);
        await page.GotoAsync(Url("/admin/webhooks?mode=test"));
        await Expect(page.Locator("tbody tr")).ToContainTextAsync("subscription.on_hold");
    }

    private static async Task AddEndpointAsync(IPage page, string url)
    {
        await page.GetByLabel("URL").FillAsync(url);
        await page.GetByRole(AriaRole.Button, new() { Name = "Add endpoint" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("The endpoint was added.");
    }

    [GeneratedRegex("^whsec_[A-Za-z0-9+/]{32}$")]
    private static partial Regex Secret();
}
