using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Portal.Tests.Support;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Portal.Tests.Browser;

/// <summary>
/// The customer's side in a real browser (headless Chromium through Playwright) against the host on
/// Kestrel: signing in with the keyboard alone, skip link, and axe-core on every page a customer or
/// merchant can reach without data of their own.
/// </summary>
public sealed class PortalInTheBrowserTests(KestrelDatabaseFixture database, ChromiumFixture chromium, ITestOutputHelper output)
    : BrowserTest(database, chromium, output)
{
    private const int MaxTabsToReachTheButton = 10;

    public static TheoryData<string> Pages =>
    [
        "the confirm page",
        "the portal overview",
        "the home page",
        "the admin login page",
        "a used link",
        "an expired link",
        "the portal overview in Italian",
    ];

    [Fact]
    public async Task A_customer_opens_the_api_link_and_signs_in_with_the_keyboard_alone()
    {
        using var api = await PortalApi.ForNewBusinessAsync(Factory);
        var link = await api.CreatePortalLinkAsync(await api.CreateCustomerAsync("Ada Lovelace"));
        var token = new Uri(link).Segments[^1];
        var page = await Context.NewPageAsync();

        await page.GotoAsync(link);
        await Expect(Heading(page)).ToHaveTextAsync("Sign in to Acme Software");

        var tabs = await TabUntilFocusedAsync(page, "button[type=submit]");
        await Expect(page.Locator(":focus")).ToHaveTextAsync("Continue to my portal");
        await page.Keyboard.PressAsync("Enter");

        await Expect(page).ToHaveURLAsync(new Regex("/test/portal$"));
        await Expect(Heading(page)).ToHaveTextAsync("Hello, Ada Lovelace");
        await Expect(page.Locator(".site-header .brand")).ToHaveTextAsync("Acme Software");
        await Expect(page.Locator("main")).ToContainTextAsync("Your portal at Acme Software.");
        Assert.DoesNotContain(token, page.Url, StringComparison.Ordinal);
        Assert.DoesNotContain(token, await page.ContentAsync(), StringComparison.Ordinal);
        Output.WriteLine($"The button took {tabs} Tab presses from the top of the page.");
        await ScreenshotAsync(page, "portal-overview.png");
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Axe_core_finds_no_accessibility_violations_on(string pageName)
    {
        var page = await Context.NewPageAsync();
        await OpenAsync(page, pageName);

        await AssertAccessibleAsync(page, pageName);
    }

    [Fact]
    public async Task The_skip_link_is_the_first_focusable_element_and_moves_focus_to_main()
    {
        var page = await Context.NewPageAsync();
        await OpenAsync(page, "the portal overview");

        await page.Keyboard.PressAsync("Tab");

        var skipLink = page.Locator(":focus");
        await Expect(skipLink).ToHaveClassAsync("skip-link");
        await Expect(skipLink).ToHaveTextAsync("Skip to content");
        var box = await skipLink.BoundingBoxAsync();
        Assert.True(box is { Y: >= 0, Height: > 0 }, $"The focused skip link should be on screen, was at {box?.Y}.");

        await page.Keyboard.PressAsync("Enter");

        await Expect(page.Locator(":focus")).ToHaveIdAsync("main");
        Assert.EndsWith("#main", page.Url, StringComparison.Ordinal);
        await page.Keyboard.PressAsync("Tab");
        Assert.True(
            await page.EvaluateAsync<bool>("() => document.getElementById('main').contains(document.activeElement)"),
            "After the skip link, the next Tab should stay inside main, not go back to the header.");
    }

    private async Task OpenAsync(IPage page, string pageName)
    {
        switch (pageName)
        {
            case "the home page":
                await page.GotoAsync(Url("/"));
                await Expect(Heading(page)).ToHaveTextAsync("Your customer portal");
                break;
            case "the admin login page":
                await page.GotoAsync(Url("/admin/login"));
                await Expect(Heading(page)).ToHaveTextAsync("Merchant sign-in");
                break;
            case "the confirm page":
                await page.GotoAsync(await NewLinkAsync());
                await Expect(Heading(page)).ToHaveTextAsync("Sign in to Acme Software");
                break;
            case "the portal overview":
                await SignInAsync(page);
                break;
            case "a used link":
                var used = await NewLinkAsync();
                await page.GotoAsync(used);
                await page.GetByRole(AriaRole.Button, new() { Name = "Continue to my portal" }).ClickAsync();
                await Expect(page).ToHaveURLAsync(new Regex("/test/portal$"));
                await page.GotoAsync(used);
                await Expect(Heading(page)).ToHaveTextAsync("This sign-in link has already been used");
                break;
            case "an expired link":
                var expired = await NewLinkAsync();
                Factory.Time.Advance(TimeSpan.FromHours(25));
                await page.GotoAsync(expired);
                await Expect(Heading(page)).ToHaveTextAsync("This sign-in link has expired");
                break;
            case "the portal overview in Italian":
                await SignInAsync(page);
                await page.GetByRole(AriaRole.Navigation, new() { Name = "Language" }).GetByRole(AriaRole.Link, new() { Name = "IT", Exact = true }).ClickAsync();
                // Waiting for the URL would race: it is /test/portal before the switch and after it.
                await Expect(Heading(page)).ToHaveTextAsync("Ciao, Ada Lovelace");
                await Expect(page).ToHaveURLAsync(new Regex("/test/portal$"));
                await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "it");
                await Expect(page.Locator(".test-banner")).ToHaveTextAsync("Modalità test: qui non si muove denaro reale.");
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(pageName), pageName, "No such page in this test.");
        }
    }

    private async Task SignInAsync(IPage page)
    {
        await page.GotoAsync(await NewLinkAsync());
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue to my portal" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/test/portal$"));
        await Expect(Heading(page)).ToHaveTextAsync("Hello, Ada Lovelace");
    }

    private async Task<string> NewLinkAsync()
    {
        using var api = await PortalApi.ForNewBusinessAsync(Factory);
        return await api.CreatePortalLinkAsync(await api.CreateCustomerAsync("Ada Lovelace"));
    }

    /// <summary>Presses Tab from the top of the page until the element matching the selector has focus.</summary>
    private static async Task<int> TabUntilFocusedAsync(IPage page, string selector)
    {
        // Start where a keyboard user starts: nothing focused, at the top of the document.
        await page.EvaluateAsync("() => { document.activeElement?.blur(); window.scrollTo(0, 0); }");
        for (var presses = 1; presses <= MaxTabsToReachTheButton; presses++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await page.EvaluateAsync<bool>("selector => document.activeElement?.matches(selector) ?? false", selector))
            {
                return presses;
            }
        }

        var focused = await page.EvaluateAsync<string>("() => document.activeElement?.outerHTML ?? '(nothing)'");
        Assert.Fail($"{MaxTabsToReachTheButton} Tab presses did not reach {selector}; focus is on {focused}.");
        return -1;
    }

    /// <summary>Saves a screenshot when PORTAL_SCREENSHOTS names a folder (to look at the design; never committed).</summary>
    private static async Task ScreenshotAsync(IPage page, string fileName)
    {
        if (Environment.GetEnvironmentVariable("PORTAL_SCREENSHOTS") is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
            await page.ScreenshotAsync(new() { Path = Path.Combine(folder, fileName), FullPage = true });
        }
    }
}
