using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Portal.BuildingBlocks.Contracts;
using Portal.Modules.Identity.Contracts.Businesses;
using Portal.Modules.Identity.Contracts.Customers;
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

    private async Task OpenLinkFromMailboxAsync(IPage page, string subject)
    {
        await page.GotoAsync(Url("/test/dev/mailbox"));
        await AssertAccessibleAsync(page, "the development mailbox");
        await page.GetByRole(AriaRole.Link, new() { Name = subject }).ClickAsync();
        await page.Locator(".mail-body a[href*=\"/test/session/\"]").ClickAsync();
    }

    private Task<BusinessId> CreateBusinessAsync(string name, string color) =>
        Factory.SendAsync(s => s.SendAsync(new CreateBusinessCommand(null, name, color, null, null)));

    private Task CreateCustomerAsync(BusinessId business, string email, string name) =>
        Factory.SendAsync(s => s.SendAsync(new CreateCustomerCommand(business, Mode.Test, email, name, null, null)));
}
