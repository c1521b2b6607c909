using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Portal.BuildingBlocks.Contracts;
using Portal.Modules.Identity.Contracts.Businesses;
using Portal.Modules.Billing.Contracts.PaymentMethods;
using Portal.Modules.Identity.Contracts.Customers;
using Portal.Modules.Subscriptions.Contracts.Products;
using Portal.Modules.Subscriptions.Contracts.Subscriptions;
using Portal.Tests.Support;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Portal.Tests.Browser;

/// <summary>
/// The two ways a customer signs in without a merchant's help, clicked through in Chromium: a
/// business's static link, and the unified portal across businesses. The email is read from the
/// development mailbox page, as a person running the demo would.
/// </summary>
public sealed class SignInJourneyTests(KestrelDatabaseFixture database, ChromiumFixture chromium, ITestOutputHelper output)
    : BrowserTest(database, chromium, output)
{
    [Fact]
    public async Task A_customer_signs_in_through_the_static_link_with_the_email_from_the_mailbox()
    {
        var acme = await CreateBusinessAsync("Acme Software", "#0f766e");
        await CreateCustomerAsync(acme, "ada@example.com", "Ada Lovelace");
        var page = await Context.NewPageAsync();

        await page.GotoAsync(Url($"/test/login/{acme}"));
        await Expect(Heading(page)).ToHaveTextAsync("Sign in to Acme Software");
        await AssertAccessibleAsync(page, "the static login page");
        await page.GetByLabel("Email address").FillAsync("Ada@Example.com");
        await page.Keyboard.PressAsync("Enter");
        await Expect(Heading(page)).ToHaveTextAsync("Check your email");
        await AssertAccessibleAsync(page, "the link-sent confirmation");

        await Factory.DrainAsync();
        await OpenLinkFromMailboxAsync(page, "Your sign-in link for Acme Software");
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue to my portal" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("/test/portal$"));
        await Expect(Heading(page)).ToHaveTextAsync("Hello, Ada Lovelace");
    }

    [Fact]
    public async Task A_customer_of_two_businesses_signs_in_once_and_moves_between_them()
    {
        var acme = await CreateBusinessAsync("Acme Software", "#0f766e");
        var globex = await CreateBusinessAsync("Globex Studio", "#b45309");
        await CreateCustomerAsync(acme, "ada@example.com", "Ada at Acme");
        await CreateCustomerAsync(globex, "ada@example.com", "Ada at Globex");
        var page = await Context.NewPageAsync();

        await page.GotoAsync(Url("/test/"));
        await page.GetByLabel("Email address").FillAsync("ada@example.com");
        await page.GetByRole(AriaRole.Button, new() { Name = "Email me a sign-in link" }).ClickAsync();
        await Expect(Heading(page)).ToHaveTextAsync("Check your email");
        await Factory.DrainAsync();
        await OpenLinkFromMailboxAsync(page, "Your sign-in link for Acme Software, Globex Studio");
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue to my portal" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("/test/portal/businesses$"));
        await AssertAccessibleAsync(page, "the unified portal's list of businesses");
        await page.GetByRole(AriaRole.Button, new() { Name = "Open Globex Studio" }).ClickAsync();
        await Expect(Heading(page)).ToHaveTextAsync("Hello, Ada at Globex");
        await page.GetByRole(AriaRole.Link, new() { Name = "All my businesses" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Open Acme Software" }).ClickAsync();
        await Expect(Heading(page)).ToHaveTextAsync("Hello, Ada at Acme");
        await page.GetByRole(AriaRole.Link, new() { Name = "Edit profile" }).ClickAsync();
        await Expect(Heading(page)).ToHaveTextAsync("Your profile");
        await AssertAccessibleAsync(page, "the profile page");
    }

    [Fact]
    public async Task A_customer_sees_her_subscriptions_and_payments_at_two_businesses_together_and_resolves_one_on_hold_with_the_keyboard()
    {
        var acme = await CreateBusinessAsync("Acme Software", "#0f766e");
        var globex = await CreateBusinessAsync("Globex Studio", "#b45309");
        await SubscribeAsync(acme, "Acme Pro");
        var onHold = await SubscribeAsync(globex, "Globex Team");
        await Factory.SendAsync(s => s.SendAsync(new AdvanceSubscriptionCommand(globex, Mode.Test, onHold, SimulateDecline: true)));
        var page = await Context.NewPageAsync();
        await page.GotoAsync(Url("/test/"));
        await page.GetByLabel("Email address").FillAsync("ada@example.com");
        await page.GetByRole(AriaRole.Button, new() { Name = "Email me a sign-in link" }).ClickAsync();
        await Factory.DrainAsync();
        await OpenLinkFromMailboxAsync(page, "Your sign-in link for Acme Software, Globex Studio");
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue to my portal" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.List, new() { Name = "Subscriptions at Acme Software" })).ToContainTextAsync("Acme Pro");
        await Expect(page.GetByRole(AriaRole.List, new() { Name = "Subscriptions at Globex Studio" })).ToContainTextAsync("On hold");
        await AssertAccessibleAsync(page, "the unified portal with subscriptions at two businesses");
        await page.GetByRole(AriaRole.Link, new() { Name = "Billing history, all businesses" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Table)).ToContainTextAsync("Globex Studio");
        await Expect(page.GetByRole(AriaRole.Table)).ToContainTextAsync("Acme Software");
        await AssertAccessibleAsync(page, "the billing history of all businesses");
        await page.GetByRole(AriaRole.Link, new() { Name = "All my businesses" }).ClickAsync();
        var resolve = page.GetByRole(AriaRole.Button, new() { Name = "Resolve the payment for Globex Team" });
        for (var presses = 0; presses < 20 && !await resolve.EvaluateAsync<bool>("button => button === document.activeElement"); presses++)
        {
            await page.Keyboard.PressAsync("Tab");
        }

        await page.Keyboard.PressAsync("Enter");
        await Expect(page).ToHaveURLAsync(new Regex($"/test/portal/subscriptions/{onHold}/payment-method$"));
        await Expect(page.Locator("#charge-now")).ToContainTextAsync("tax included");
    }

    private async Task OpenLinkFromMailboxAsync(IPage page, string subject)
    {
        await page.GotoAsync(Url("/test/dev/mailbox"));
        await AssertAccessibleAsync(page, "the development mailbox");
        await page.GetByRole(AriaRole.Link, new() { Name = subject }).ClickAsync();
        await page.Locator(".mail-body a[href*=\"/test/session/\"]").ClickAsync();
    }

    private Task<BusinessId> CreateBusinessAsync(string name, string color) =>
        Factory.SendAsync(s => s.SendAsync(new CreateBusinessCommand(null, name, color, null, null)));

    /// <summary>Ada at <paramref name="business"/> with a Visa, subscribed to a monthly <paramref name="plan"/>; answers the subscription's id.</summary>
    private async Task<string> SubscribeAsync(BusinessId business, string plan)
    {
        var ada = await Factory.SendAsync(s => s.SendAsync(new CreateCustomerCommand(business, Mode.Test, "ada@example.com", "Ada Lovelace", null, null)));
        await Factory.SendAsync(s => s.SendAsync(new AddSandboxCardCommand(business, Mode.Test, ada.CustomerId, "4242424242424242", 12, DateTime.UtcNow.Year + 2, true)));
        var product = await Factory.SendAsync(s => s.SendAsync(new CreateProductCommand(
            business, Mode.Test, new ProductInput(plan, null, "subscription", 1_000, "EUR", 2_200, "month", 1, null, false, null, null))));
        var subscription = await Factory.SendAsync(s => s.SendAsync(new CreateSubscriptionCommand(
            business, Mode.Test, ada.CustomerId.Value, product.Id, 1, null, new BillingAddressInput("IT", "RM", "Roma", "Via del Corso 1", "00186"), SubscriptionActor.Merchant)));
        return subscription.Id;
    }

    private Task CreateCustomerAsync(BusinessId business, string email, string name) =>
        Factory.SendAsync(s => s.SendAsync(new CreateCustomerCommand(business, Mode.Test, email, name, null, null)));
}
