using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Portal.BuildingBlocks.Contracts;
using Portal.Modules.Billing.Contracts.Payments;
using Portal.Tests.Support;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Portal.Tests.Browser;

/// <summary>
/// Cards and invoices in a real browser: saving a test card (one whose bank asks for 3-D Secure on setup through the
/// sandbox's authentication page), downloading an invoice PDF, and axe-core on every billing page state.
/// </summary>
public sealed class BillingInTheBrowserTests(KestrelDatabaseFixture database, ChromiumFixture chromium, ITestOutputHelper output)
    : BrowserTest(database, chromium, output)
{
    public static TheoryData<string> States =>
    [
        "no cards",
        "a refused card",
        "saved cards",
        "a removal to confirm",
        "an empty history",
        "a history with invoices",
        "a history in Italian",
        "a card to authenticate",
        "a card not authenticated",
    ];

    [Fact]
    public async Task A_customer_saves_a_test_card_is_charged_and_downloads_the_invoice_pdf_from_the_history()
    {
        var (page, api, customer) = await SignedInAsync();

        await SaveCardAsync(page, "4242 4242 4242 4242");
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Card saved.");
        await ChargeAsync(api, customer, "order-1");
        await page.GotoAsync(Url("/test/portal/invoices"));
        var link = page.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^Download invoice TEST-\\d{4}-000001 \\(PDF\\)$") });
        var download = await page.RunAndWaitForDownloadAsync(() => link.ClickAsync());
        var path = await download.PathAsync();
        var bytes = await File.ReadAllBytesAsync(path);

        Assert.Matches(new Regex("^invoice-TEST-\\d{4}-000001\\.pdf$"), download.SuggestedFilename);
        Assert.Equal("%PDF-"u8.ToArray(), bytes[..5]);
        Assert.True(bytes.Length > 1000, $"The PDF has only {bytes.Length} bytes.");
    }

    [Theory]
    [InlineData("4000 0025 0000 3155", "Complete authentication", "Card saved.")]
    [InlineData("4000 0025 0000 3155", "Fail authentication", "Your bank did not confirm the card, so it was not saved.")]
    [InlineData("4000 0027 6000 3184", "Complete authentication", "Card saved.")]
    [InlineData("4000 0082 6000 3178", "Fail authentication", "Your bank did not confirm the card, so it was not saved.")]
    public async Task A_card_whose_bank_asks_for_3ds_on_setup_is_saved_only_once_the_customer_completes_the_check(string number, string answer, string outcome)
    {
        var (page, _, _) = await SignedInAsync();

        await SubmitCardAsync(page, number);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Saving a card for later payments" })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = answer }).ClickAsync();

        await Expect(page.Locator(".alert")).ToContainTextAsync(outcome);
        await Expect(page.Locator("tbody tr")).ToHaveCountAsync(answer.StartsWith("Complete", StringComparison.Ordinal) ? 1 : 0);
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
            case "no cards":
                await page.GotoAsync(Url("/test/portal/payment-methods"));
                await Expect(page.Locator("main")).ToContainTextAsync("You have no saved card yet.");
                break;
            case "a refused card":
                await SaveCardAsync(page, "4000 0000 0000 0002");
                await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Your card was declined.");
                break;
            case "saved cards":
                await SaveCardAsync(page, "4242 4242 4242 4242");
                await SaveCardAsync(page, "4000 0000 0000 0341");
                await Expect(page.Locator("tbody tr")).ToHaveCountAsync(2);
                break;
            case "a removal to confirm":
                await SaveCardAsync(page, "4242 4242 4242 4242");
                await page.GetByRole(AriaRole.Link, new() { Name = "Remove Visa ending in 4242" }).ClickAsync();
                await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Remove this card?" })).ToBeVisibleAsync();
                break;
            case "an empty history":
                await page.GotoAsync(Url("/test/portal/invoices"));
                await Expect(page.Locator("main")).ToContainTextAsync("No payments yet.");
                break;
            case "a history with invoices":
            case "a history in Italian":
                await SaveCardAsync(page, "4242 4242 4242 4242");
                await SaveCardAsync(page, "4000 0000 0000 9995");
                await ChargeAsync(api, customer, "order-1");
                await page.GotoAsync(Url("/test/portal/invoices"));
                await Expect(page.Locator("tbody tr")).ToHaveCountAsync(1);
                if (state == "a history in Italian")
                {
                    await page.GetByRole(AriaRole.Navigation, new() { Name = "Language" }).GetByRole(AriaRole.Link, new() { Name = "IT", Exact = true }).ClickAsync();
                    await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "it");
                    await Expect(page.Locator("main")).ToContainTextAsync("Pagato");
                }

                break;
            case "a card to authenticate":
                await SubmitCardAsync(page, "4000 0025 0000 3155");
                await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Complete authentication" })).ToBeVisibleAsync();
                break;
            case "a card not authenticated":
                await SubmitCardAsync(page, "4000 0025 0000 3155");
                await page.GetByRole(AriaRole.Button, new() { Name = "Fail authentication" }).ClickAsync();
                await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("was not saved");
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
        var page = await Context.NewPageAsync();
        await page.GotoAsync(await api.CreatePortalLinkAsync(customer));
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue to my portal" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/test/portal$"));
        return (page, api, customer);
    }

    private async Task SaveCardAsync(IPage page, string number)
    {
        await SubmitCardAsync(page, number);

        // The answer page (saved, or why not) always opens with an alert; the form page before it has none.
        await Expect(page.Locator(".alert")).ToBeVisibleAsync();
    }

    /// <summary>Types the card on the payment-methods page and saves it.</summary>
    private async Task SubmitCardAsync(IPage page, string number)
    {
        await page.GotoAsync(Url("/test/portal/payment-methods"));
        await page.GetByLabel("Card number").FillAsync(number);
        await page.GetByLabel("Expiry month (MM)").FillAsync("12");
        await page.GetByLabel("Expiry year (YYYY)").FillAsync((DateTime.UtcNow.Year + 2).ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.GetByRole(AriaRole.Button, new() { Name = "Save card" }).ClickAsync();
    }

    private Task<ChargeOutcome> ChargeAsync(PortalApi api, string customer, string key) =>
        Factory.SendAsync(s => s.SendAsync(new ChargeCustomerCommand(
            api.Business.Value, Mode.Test, customer, key, "EUR", [new ChargeLine("Piano Pro, un mese", "prod_pro", 1, 2_500, 2_200)], "Piano Pro")));
}
