using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Portal.BuildingBlocks.Contracts;
using Portal.Modules.Identity.Contracts.MerchantUsers;
using Portal.Modules.Identity.Contracts.Operators;
using Portal.Tests.Support;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Portal.Tests.Browser;

/// <summary>
/// The team, account and activity pages of the admin area, the operators' area and the set-password page,
/// in a real browser: every state checked with axe-core, and an owner inviting a teammate with the keyboard.
/// </summary>
public sealed partial class StaffInTheBrowserTests(KestrelDatabaseFixture database, ChromiumFixture chromium, ITestOutputHelper output)
    : BrowserTest(database, chromium, output)
{
    private const string Password = "correct horse battery";

    public static TheoryData<string> States =>
    [
        "the team page",
        "the team page after an invalid invitation",
        "the team page with a removal to confirm",
        "the team page in Italian",
        "my account after a wrong current password",
        "the activity page with entries",
        "the operators' sign-in after a refusal",
        "the operators' home",
        "the operators' home after an invalid onboarding",
        "the operators' account after a changed password",
        "the set-password page",
        "the set-password page of a used link",
    ];

    [Theory]
    [MemberData(nameof(States))]
    public async Task Axe_core_finds_no_accessibility_violations_on_staff_pages(string state)
    {
        var page = await ReachAsync(state);

        await AssertAccessibleAsync(page, state);
    }

    [Fact]
    public async Task An_owner_invites_a_teammate_with_the_keyboard_alone()
    {
        var business = await AdminBrowser.CreateBusinessAsync(Factory);
        var page = await AdminBrowser.SignInAsync(Context, Factory, business);
        await page.GotoAsync(Url("/admin/team?mode=test"));

        await KeyboardNavigation.TabToAsync(page, page.GetByLabel("Email"));
        await page.Keyboard.TypeAsync("bea@acme.example");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync("Bea");
        await page.Keyboard.PressAsync("Tab");
        await KeyboardNavigation.TabToAsync(page, page.GetByRole(AriaRole.Button, new() { Name = "Send invitation" }));
        await page.Keyboard.PressAsync("Enter");

        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Invitation sent.");
        await Expect(page.GetByRole(AriaRole.Row, new() { NameRegex = new Regex("Bea") })).ToContainTextAsync("invited");
    }

    private async Task<IPage> ReachAsync(string state)
    {
        var business = await AdminBrowser.CreateBusinessAsync(Factory);
        switch (state)
        {
            case "the team page":
            case "the team page after an invalid invitation":
            case "the team page with a removal to confirm":
            case "the team page in Italian":
            {
                var page = await AdminBrowser.SignInAsync(Context, Factory, business);
                await Factory.SendAsync(s => s.SendAsync(new InviteTeamMemberCommand(business, "bea@acme.example", "Bea", MerchantRole.Support, "en")));
                await page.GetByRole(AriaRole.Navigation, new() { Name = "Admin area" }).GetByRole(AriaRole.Link, new() { Name = "Team" }).ClickAsync();
                await Expect(Heading(page)).ToHaveTextAsync("Team");
                if (state == "the team page after an invalid invitation")
                {
                    await page.GetByLabel("Email").FillAsync("not an email");
                    await page.GetByRole(AriaRole.Button, new() { Name = "Send invitation" }).ClickAsync();
                    await Expect(page.GetByLabel("Email")).ToHaveAttributeAsync("aria-invalid", "true");
                }
                else if (state == "the team page with a removal to confirm")
                {
                    await page.GetByRole(AriaRole.Link, new() { Name = "Remove Bea" }).ClickAsync();
                    await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Remove Bea from the team?" })).ToBeVisibleAsync();
                }
                else if (state == "the team page in Italian")
                {
                    await page.GetByRole(AriaRole.Navigation, new() { Name = "Language" }).GetByRole(AriaRole.Link, new() { Name = "IT", Exact = true }).ClickAsync();
                    await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "it");
                    await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Invia invito" })).ToBeVisibleAsync();
                }

                return page;
            }

            case "my account after a wrong current password":
            {
                var page = await AdminBrowser.SignInAsync(Context, Factory, business);
                await page.GotoAsync(Url("/admin/account?mode=test"));
                await page.GetByLabel("Current password").FillAsync("not the password");
                await page.GetByLabel("New password").FillAsync("a long enough new one");
                await page.GetByRole(AriaRole.Button, new() { Name = "Change password" }).ClickAsync();
                await Expect(page.GetByLabel("Current password")).ToHaveAttributeAsync("aria-invalid", "true");
                return page;
            }

            case "the activity page with entries":
            {
                var page = await AdminBrowser.SignInAsync(Context, Factory, business);
                await page.GotoAsync(Url("/admin/settings?mode=test"));
                await page.GetByRole(AriaRole.Button, new() { Name = "Close the customer portal" }).ClickAsync();
                await page.GotoAsync(Url("/admin/activity?mode=test"));
                await Expect(page.Locator("tbody tr")).ToHaveCountAsync(1);
                return page;
            }

            case "the operators' sign-in after a refusal":
            {
                var page = await Context.NewPageAsync();
                await page.GotoAsync(Url("/ops/login"));
                await page.GetByLabel("Email").FillAsync("nobody@platform.example");
                await page.GetByLabel("Password").FillAsync("not the password");
                await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
                await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("too many attempts");
                return page;
            }

            case "the operators' home":
            case "the operators' home after an invalid onboarding":
            {
                var page = await SignInOperatorAsync();
                if (state == "the operators' home after an invalid onboarding")
                {
                    await page.GetByLabel("Business name").FillAsync("Initech");
                    await page.GetByLabel("Country").FillAsync("Italy");
                    await page.GetByRole(AriaRole.Button, new() { Name = "Create and invite the owner" }).ClickAsync();
                    await Expect(page.GetByLabel("Country")).ToHaveAttributeAsync("aria-invalid", "true");
                }

                return page;
            }

            case "the operators' account after a changed password":
            {
                var page = await SignInOperatorAsync();
                await page.GetByRole(AriaRole.Link, new() { Name = "My account" }).ClickAsync();
                await page.GetByLabel("Current password").FillAsync(Password);
                await page.GetByLabel("New password").FillAsync("a brand new passphrase");
                await page.GetByRole(AriaRole.Button, new() { Name = "Change password" }).ClickAsync();
                await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Password changed.");
                return page;
            }

            case "the set-password page":
            case "the set-password page of a used link":
            {
                var token = await Factory.SendAsync(s => s.SendAsync(new CreateOperatorCommand("ops@platform.example", "Ops", false)));
                var page = await Context.NewPageAsync();
                await page.GotoAsync(Url($"/account/set-password/{token}"));
                if (state == "the set-password page of a used link")
                {
                    await page.GetByLabel("New password").FillAsync(Password);
                    await page.GetByRole(AriaRole.Button, new() { Name = "Save password" }).ClickAsync();
                    await Expect(page).ToHaveURLAsync(new Regex("/ops/login$"));
                    await page.GotoAsync(Url($"/account/set-password/{token}"));
                    await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("already used or has expired");
                }

                return page;
            }

            default:
                throw new ArgumentOutOfRangeException(nameof(state), state, "No such state in this test.");
        }
    }

    private async Task<IPage> SignInOperatorAsync()
    {
        var token = await Factory.SendAsync(s => s.SendAsync(new CreateOperatorCommand("ops@platform.example", "Ops", true)));
        var page = await Context.NewPageAsync();
        await page.GotoAsync(Url($"/account/set-password/{token}"));
        await page.GetByLabel("New password").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Save password" }).ClickAsync();
        await page.GetByLabel("Email").FillAsync("ops@platform.example");
        await page.GetByLabel("Password").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/ops$"));
        await Expect(Heading(page)).ToHaveTextAsync("Platform operations");
        return page;
    }
}
