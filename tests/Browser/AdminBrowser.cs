using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Portal.BuildingBlocks.Contracts;
using Portal.Modules.Identity.Contracts.Businesses;
using Portal.Modules.Identity.Contracts.MerchantUsers;
using Portal.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace Portal.Tests.Browser;

/// <summary>The merchant's side of the admin browser tests: a business, and its owner signed in through the login form.</summary>
internal static class AdminBrowser
{
    private const string MerchantEmail = "owner@acme.example";
    private const string MerchantPassword = "correct horse battery";

    public static Task<BusinessId> CreateBusinessAsync(PortalFactory factory) =>
        factory.SendAsync(s => s.SendAsync(new CreateBusinessCommand(null, "Acme Software", "#0f766e", null, "support@acme.example")));

    /// <summary>Creates the merchant user and signs in through the admin login form, as a merchant would.</summary>
    public static async Task<IPage> SignInAsync(IBrowserContext context, PortalFactory factory, BusinessId business)
    {
        await factory.SendAsync(s => s.SendAsync(new CreateMerchantUserCommand(business, MerchantEmail, "Owner", MerchantPassword)));
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(factory.BaseAddress, "/admin/login").AbsoluteUri);
        await page.GetByLabel("Email").FillAsync(MerchantEmail);
        await page.GetByLabel("Password").FillAsync(MerchantPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/admin$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Admin area");
        return page;
    }
}
