using Microsoft.Playwright;
using Portal.BuildingBlocks.Contracts;
using Portal.Modules.Billing.Contracts.PaymentMethods;
using Portal.Modules.Subscriptions.Contracts.PlanChanges;
using Portal.Modules.Subscriptions.Contracts.ProductCollections;
using Portal.Modules.Subscriptions.Contracts.Products;
using Portal.Modules.Subscriptions.Contracts.Subscriptions;
using Portal.Tests.Support;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Portal.Tests.Browser;

/// <summary>
/// Plan changes in a real browser: an upgrade previewed and confirmed with the keyboard alone, one whose card's
/// bank asks for 3-D Secure (completed, failed, or declined after it), and axe-core on the plan list, the preview,
/// the confirmation, a declined payment, a failed authentication and the Italian page.
/// </summary>
public sealed class PlanChangesInTheBrowserTests(KestrelDatabaseFixture database, ChromiumFixture chromium, ITestOutputHelper output)
    : BrowserTest(database, chromium, output)
{
    private BusinessId _business;

    public static TheoryData<string> States =>
    [
        "the plan list",
        "the preview",
        "the confirmation",
        "a declined payment",
        "a failed authentication",
        "the plan list in Italian",
    ];

    [Fact]
    public async Task A_customer_previews_an_upgrade_and_confirms_it_with_the_keyboard()
    {
        var (page, subscriptionId) = await SubscribedAsync();
        await page.GotoAsync(Url($"/test/portal/subscriptions/{subscriptionId}"));

        await page.GetByRole(AriaRole.Link, new() { Name = "Choose Pro" }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Upgrade to Pro" })).ToBeVisibleAsync();
        await Expect(page.Locator("main")).ToContainTextAsync("Charged now");
        await Expect(page.Locator("main")).ToContainTextAsync("Next renewal");
        await page.GetByRole(AriaRole.Button, new() { Name = "Confirm change" }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");

        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("You are now on Pro.");
        await Expect(Heading(page)).ToHaveTextAsync("Pro");
    }

    [Fact]
    public async Task A_customer_confirms_an_upgrade_with_their_bank_using_only_the_keyboard_and_is_on_the_new_plan()
    {
        var (page, subscriptionId) = await SubscribedAsync(card: "4000002760003184");
        await page.GotoAsync(Url($"/test/portal/subscriptions/{subscriptionId}"));

        await page.GetByRole(AriaRole.Link, new() { Name = "Choose Pro" }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await page.GetByRole(AriaRole.Button, new() { Name = "Confirm change" }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(Heading(page)).ToHaveTextAsync("Test payment authentication");
        await page.GetByRole(AriaRole.Button, new() { Name = "Complete authentication" }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");

        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("You are now on Pro.");
        await Expect(Heading(page)).ToHaveTextAsync("Pro");
    }

    [Theory]
    [InlineData("4000002760003184", "Fail authentication", "The payment was not confirmed with your bank.")]
    [InlineData("4000008260003178", "Complete authentication", "insufficient funds")]
    public async Task A_customer_whose_authentication_fails_or_whose_card_is_declined_after_it_reads_why_and_keeps_the_plan(string card, string answer, string reason)
    {
        var (page, subscriptionId) = await SubscribedAsync(card: card);
        await page.GotoAsync(Url($"/test/portal/subscriptions/{subscriptionId}"));

        await page.GetByRole(AriaRole.Link, new() { Name = "Choose Pro" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Confirm change" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = answer }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Your plan has not changed.");
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync(reason);
        await Expect(page.GetByRole(AriaRole.Alert).GetByRole(AriaRole.Link)).ToHaveAttributeAsync("href", "/test/portal/payment-methods");
        Assert.Equal("Basic", (await Factory.SendAsync(s => s.QueryAsync(new GetSubscriptionQuery(_business, Mode.Test, subscriptionId, null)))).ProductName);
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
        var (page, subscriptionId) = await SubscribedAsync(
            card: state switch { "a declined payment" => "4000000000000341", "a failed authentication" => "4000002760003184", _ => null });
        var details = Url($"/test/portal/subscriptions/{subscriptionId}");
        switch (state)
        {
            case "the plan list":
                await page.GotoAsync(details);
                await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Change plan" })).ToBeVisibleAsync();
                break;
            case "the preview":
                await page.GotoAsync(details);
                await page.GetByRole(AriaRole.Link, new() { Name = "Choose Pro" }).ClickAsync();
                await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Confirm change" })).ToBeVisibleAsync();
                break;
            case "the confirmation":
                await page.GotoAsync(details);
                await page.GetByRole(AriaRole.Link, new() { Name = "Choose Pro" }).ClickAsync();
                await page.GetByRole(AriaRole.Button, new() { Name = "Confirm change" }).ClickAsync();
                await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("You are now on Pro.");
                break;
            case "a declined payment":
                await page.GotoAsync(details);
                await page.GetByRole(AriaRole.Link, new() { Name = "Choose Pro" }).ClickAsync();
                await page.GetByRole(AriaRole.Button, new() { Name = "Confirm change" }).ClickAsync();
                await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Your plan has not changed.");
                break;
            case "a failed authentication":
                await page.GotoAsync(details);
                await page.GetByRole(AriaRole.Link, new() { Name = "Choose Pro" }).ClickAsync();
                await page.GetByRole(AriaRole.Button, new() { Name = "Confirm change" }).ClickAsync();
                await page.GetByRole(AriaRole.Button, new() { Name = "Fail authentication" }).ClickAsync();
                await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("The payment was not confirmed with your bank.");
                break;
            case "the plan list in Italian":
                await page.GotoAsync(details);
                await page.GetByRole(AriaRole.Navigation, new() { Name = "Language" }).GetByRole(AriaRole.Link, new() { Name = "IT", Exact = true }).ClickAsync();
                await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "it");
                await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Cambia piano" })).ToBeVisibleAsync();
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(state), state, "No such state in this test.");
        }

        return page;
    }

    /// <summary>
    /// A business with Basic, Pro and Team in one collection and updates allowed; the customer on Basic, signed in, the
    /// subscription charging a Visa 4242, or <paramref name="card"/> when given.
    /// </summary>
    private async Task<(IPage Page, string SubscriptionId)> SubscribedAsync(string? card = null)
    {
        var api = await PortalApi.ForNewBusinessAsync(Factory);
        DisposeAfterTest(api);
        var customer = await api.CreateCustomerAsync("Ada Lovelace");
        var business = api.Business;
        var basic = await PlanAsync(business, "Basic", 1_000);
        var pro = await PlanAsync(business, "Pro", 2_500);
        var team = await PlanAsync(business, "Team", 5_000);
        await Factory.SendAsync(s => s.SendAsync(new SaveProductCollectionCommand(business, Mode.Test, null, "Plans", null, [basic.Id, pro.Id, team.Id])));
        await Factory.SendAsync(s => s.SendAsync(new SavePlanChangeSettingsCommand(business, true, "prorated_immediately", "prorated_immediately")));
        await Factory.SendAsync(s => s.SendAsync(new AddSandboxCardCommand(business, Mode.Test, new CustomerId(customer), "4242424242424242", 12, DateTime.UtcNow.Year + 2, true)));
        var subscription = await Factory.SendAsync(s => s.SendAsync(new CreateSubscriptionCommand(
            business, Mode.Test, customer, basic.Id, 1, null, new BillingAddressInput("IT", "RM", "Roma", "Via del Corso 1", "00186"), SubscriptionActor.Merchant)));
        _business = business;
        if (card is not null)
        {
            var method = await Factory.SendAsync(s => s.SendAsync(new AddSandboxCardCommand(
                business, Mode.Test, new CustomerId(customer), card, 12, DateTime.UtcNow.Year + 2, false)));
            await Factory.SendAsync(s => s.SendAsync(new ChangeSubscriptionPaymentMethodCommand(
                business, Mode.Test, subscription.Id, null, SubscriptionActor.Merchant, method.PaymentMethodId)));
        }

        return (await api.SignInAsync(Context, customer), subscription.Id);
    }

    private Task<ProductDto> PlanAsync(BusinessId business, string name, long price) =>
        Factory.SendAsync(s => s.SendAsync(new CreateProductCommand(
            business, Mode.Test, new ProductInput(name, null, "subscription", price, "EUR", 2_200, "month", 1, null, false, null, null))));
}
