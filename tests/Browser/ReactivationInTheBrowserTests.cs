using Microsoft.Playwright;
using Portal.BuildingBlocks.Contracts;
using Portal.Modules.Billing.Contracts.PaymentMethods;
using Portal.Modules.Subscriptions.Contracts.Subscriptions;
using Portal.Tests.Support;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;
using static Portal.Tests.Browser.KeyboardNavigation;

namespace Portal.Tests.Browser;

/// <summary>
/// Reactivating an on-hold subscription in a real browser, with the keyboard alone: a declined card is
/// explained and another is offered, then a good card brings the confirmation; a card whose bank asks for
/// 3-D Secure goes through the sandbox's authentication page and back; axe-core on every state.
/// </summary>
public sealed class ReactivationInTheBrowserTests(KestrelDatabaseFixture database, ChromiumFixture chromium, ITestOutputHelper output)
    : BrowserTest(database, chromium, output)
{
    public static TheoryData<string> States =>
    [
        "the card picker of a subscription on hold",
        "a declined card",
        "the reactivation confirmation",
        "the card picker in Italian",
        "a changed card of an active subscription",
        "the test authentication page",
        "a failed authentication",
        "an authentication still waiting",
    ];

    private const string AuthenticatingCard = "Visa ending in 3184";

    [Fact]
    public async Task A_customer_on_hold_tries_a_declining_card_reads_why_then_pays_with_another_using_only_the_keyboard()
    {
        var (page, api, subscriptionId) = await OnHoldAsync();
        await page.GotoAsync(Url($"/test/portal/subscriptions/{subscriptionId}"));

        await TabToAsync(page, page.GetByRole(AriaRole.Link, new() { Name = "Update payment method" }));
        await page.Keyboard.PressAsync("Enter");
        await Expect(Heading(page)).ToHaveTextAsync("Payment method");
        await Expect(page.Locator("#charge-now")).ToContainTextAsync("€12.20 tax included");
        await ChooseWithArrowsAsync(page, "Visa ending in 0341");
        await TabToAsync(page, page.GetByRole(AriaRole.Button, new() { Name = "Confirm changes" }));
        await page.Keyboard.PressAsync("Enter");

        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("The payment did not go through: your subscription is still on hold");
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Your bank declined the card.");
        Assert.Equal(SubscriptionStatus.OnHold, (await GetAsync(api, subscriptionId)).Status);

        await ChooseWithArrowsAsync(page, "Visa ending in 4242");
        await TabToAsync(page, page.GetByRole(AriaRole.Button, new() { Name = "Confirm changes" }));
        await page.Keyboard.PressAsync("Enter");

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Payment received: your subscription is active again" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("We charged €12.20 to your Visa ending in 4242");
        Assert.Equal(SubscriptionStatus.Active, (await GetAsync(api, subscriptionId)).Status);
    }

    [Fact]
    public async Task A_customer_confirms_the_payment_with_their_bank_and_is_active_again_using_only_the_keyboard()
    {
        var (page, api, subscriptionId) = await OnHoldAsync(withAuthenticatingCard: true);
        await page.GotoAsync(Url($"/test/portal/subscriptions/{subscriptionId}/payment-method"));

        await ChooseWithArrowsAsync(page, AuthenticatingCard);
        await TabToAsync(page, page.GetByRole(AriaRole.Button, new() { Name = "Confirm changes" }));
        await page.Keyboard.PressAsync("Enter");
        await Expect(Heading(page)).ToHaveTextAsync("Test payment authentication");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Payment of €12.20" })).ToBeVisibleAsync();
        Assert.Equal(SubscriptionStatus.OnHold, (await GetAsync(api, subscriptionId)).Status);
        await TabToAsync(page, page.GetByRole(AriaRole.Button, new() { Name = "Complete authentication" }));
        await page.Keyboard.PressAsync("Enter");

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Payment received: your subscription is active again" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("We charged €12.20 to your Visa ending in 3184");
        Assert.Equal(SubscriptionStatus.Active, (await GetAsync(api, subscriptionId)).Status);
    }

    [Theory]
    [InlineData(AuthenticatingCard, "Fail authentication", "The payment was not confirmed with your bank.")]
    [InlineData("Visa ending in 3178", "Complete authentication", "The card has insufficient funds.")]
    public async Task A_customer_whose_authentication_fails_or_whose_card_is_declined_after_it_reads_why_and_stays_on_hold(string card, string answer, string reason)
    {
        var (page, api, subscriptionId) = await OnHoldAsync(withAuthenticatingCard: true);
        await page.GotoAsync(Url($"/test/portal/subscriptions/{subscriptionId}/payment-method"));

        await page.GetByRole(AriaRole.Radio, new() { Name = card }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Confirm changes" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = answer }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("The payment did not go through: your subscription is still on hold");
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync(reason);
        await Expect(page.GetByRole(AriaRole.Group, new() { Name = "Your saved cards" })).ToBeVisibleAsync();
        Assert.Equal(SubscriptionStatus.OnHold, (await GetAsync(api, subscriptionId)).Status);
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
        var (page, _, subscriptionId) = await OnHoldAsync(putOnHold: state != "a changed card of an active subscription", withAuthenticatingCard: true);
        var paymentMethod = Url($"/test/portal/subscriptions/{subscriptionId}/payment-method");
        await page.GotoAsync(paymentMethod);
        switch (state)
        {
            case "the card picker of a subscription on hold":
                await Expect(page.GetByRole(AriaRole.Group, new() { Name = "Your saved cards" })).ToBeVisibleAsync();
                break;
            case "a declined card":
                await page.GetByRole(AriaRole.Radio, new() { Name = "Visa ending in 0341" }).CheckAsync();
                await page.GetByRole(AriaRole.Button, new() { Name = "Confirm changes" }).ClickAsync();
                await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Your bank declined the card.");
                break;
            case "the reactivation confirmation":
                await page.GetByRole(AriaRole.Button, new() { Name = "Confirm changes" }).ClickAsync();
                await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Payment received: your subscription is active again" })).ToBeVisibleAsync();
                break;
            case "the card picker in Italian":
                await page.GetByRole(AriaRole.Navigation, new() { Name = "Language" }).GetByRole(AriaRole.Link, new() { Name = "IT", Exact = true }).ClickAsync();
                await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "it");
                await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Conferma le modifiche" })).ToBeVisibleAsync();
                break;
            case "a changed card of an active subscription":
                await page.GetByRole(AriaRole.Radio, new() { Name = "Visa ending in 0341" }).CheckAsync();
                await page.GetByRole(AriaRole.Button, new() { Name = "Confirm changes" }).ClickAsync();
                await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Payment method updated");
                break;
            case "the test authentication page":
                await page.GetByRole(AriaRole.Radio, new() { Name = AuthenticatingCard }).CheckAsync();
                await page.GetByRole(AriaRole.Button, new() { Name = "Confirm changes" }).ClickAsync();
                await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Complete authentication" })).ToBeVisibleAsync();
                break;
            case "a failed authentication":
                await page.GetByRole(AriaRole.Radio, new() { Name = AuthenticatingCard }).CheckAsync();
                await page.GetByRole(AriaRole.Button, new() { Name = "Confirm changes" }).ClickAsync();
                await page.GetByRole(AriaRole.Button, new() { Name = "Fail authentication" }).ClickAsync();
                await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("The payment was not confirmed with your bank.");
                break;
            case "an authentication still waiting":
                var card = page.GetByRole(AriaRole.Radio, new() { Name = AuthenticatingCard });
                var chosen = await card.GetAttributeAsync("value");
                await card.CheckAsync();
                await page.GetByRole(AriaRole.Button, new() { Name = "Confirm changes" }).ClickAsync();
                await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Complete authentication" })).ToBeVisibleAsync();
                // Back in the portal without answering the bank, as its return address would bring them.
                await page.GotoAsync($"{paymentMethod}?chosen={chosen}&done=authenticated");
                await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Confirm with your bank" })).ToBeVisibleAsync();
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(state), state, "No such state in this test.");
        }

        return page;
    }

    /// <summary>
    /// A signed-in customer with a Visa 4242 (default) and a Visa 0341 whose charges are declined (and, when asked, a Visa
    /// 3184 whose bank always asks for 3-D Secure and a Visa 3178 declined for insufficient funds once authenticated), and a
    /// €10 + 22% monthly subscription on hold.
    /// </summary>
    private async Task<(IPage Page, PortalApi Api, string SubscriptionId)> OnHoldAsync(bool putOnHold = true, bool withAuthenticatingCard = false)
    {
        var api = await PortalApi.ForNewBusinessAsync(Factory);
        DisposeAfterTest(api);
        var customer = await api.CreateCustomerAsync("Ada Lovelace");
        var subscription = await api.SubscribeAsync(Factory, customer);
        await Factory.SendAsync(s => s.SendAsync(new AddSandboxCardCommand(api.Business, Mode.Test, new CustomerId(customer), "4000000000000341", 12, DateTime.UtcNow.Year + 2, false)));
        if (withAuthenticatingCard)
        {
            foreach (var number in new[] { "4000002760003184", "4000008260003178" })
            {
                await Factory.SendAsync(s => s.SendAsync(new AddSandboxCardCommand(api.Business, Mode.Test, new CustomerId(customer), number, 12, DateTime.UtcNow.Year + 2, false)));
            }
        }
        if (putOnHold)
        {
            await api.PutOnHoldAsync(Factory, subscription.Id);
        }

        return (await api.SignInAsync(Context, customer), api, subscription.Id);
    }

    /// <summary>Moves the radio group's choice with the arrow keys, as a keyboard user does, until that card is checked.</summary>
    private static async Task ChooseWithArrowsAsync(IPage page, string card)
    {
        var target = page.GetByRole(AriaRole.Radio, new() { Name = card });
        await TabToAsync(page, page.Locator("input[type=radio]:checked"));
        for (var presses = 0; presses < 5 && !await target.IsCheckedAsync(); presses++)
        {
            await page.Keyboard.PressAsync("ArrowDown");
        }

        await Expect(target).ToBeCheckedAsync();
    }

    private Task<SubscriptionDto> GetAsync(PortalApi api, string subscriptionId) =>
        Factory.SendAsync(s => s.QueryAsync(new GetSubscriptionQuery(api.Business, Mode.Test, subscriptionId, null)));
}
