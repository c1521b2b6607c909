using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Portal.BuildingBlocks.Contracts;
using Portal.Modules.Billing.Contracts.PaymentMethods;
using Portal.Modules.Billing.Contracts.Payments;
using Portal.Modules.Identity.Contracts.Businesses;
using Portal.Modules.Identity.Contracts.Customers;
using Portal.Modules.Licensing.Contracts.LicenseKeys;
using Portal.Modules.Subscriptions.Contracts.Products;
using Portal.Modules.Subscriptions.Contracts.Subscriptions;
using Portal.Tests.Support;
using Portal.Tests.Support.StripeEmulator;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;
using static Portal.Tests.Browser.KeyboardNavigation;

namespace Portal.Tests.Browser;

/// <summary>
/// The unified dashboard in Chromium (issue 20), with Ada a customer at three businesses in test mode and at one of them in
/// live mode: everything of hers is listed, its buttons open each business's own pages without a new sign-in, and
/// nothing of Grace, of the other mode, or of the businesses that blocked Ada or closed their portal ever shows; axe-core
/// finds nothing on the dashboard or the history in either mode.
/// </summary>
public sealed class UnifiedDashboardInTheBrowserTests(LiveStripeKestrelFixture database, ChromiumFixture chromium, ITestOutputHelper output)
    : BrowserTest<LiveStripeKestrelFixture>(database, chromium, output), IClassFixture<LiveStripeKestrelFixture>
{
    private static readonly string[] NeverInTestMode =
        ["Grace Plan", "Grace Hopper", "Initech Live Enterprise", "Ada live", "Hooli", "Hooli Premium", "Umbrella Corp", "Umbrella Shield"];

    private static readonly string[] NeverInLiveMode =
        ["Acme Software", "Acme Pro", "Globex Studio", "Globex Team", "Initech Desktop", "Ada at Initech", "Grace Plan", "Grace Hopper", "Hooli", "Umbrella Corp"];

    [Fact]
    public async Task In_test_mode_Ada_sees_her_three_businesses_acts_on_them_with_the_keyboard_without_signing_in_again_and_sees_nothing_of_grace_live_mode_or_the_businesses_that_shut_her_out()
    {
        var ada = await ArrangeAsync();
        var page = await Context.NewPageAsync();

        await SignInAsync(page, "/test/", "Your sign-in link for Acme Software, Globex Studio, Initech Labs");

        await Expect(page).ToHaveURLAsync(Url("/test/portal/businesses"));
        await Expect(page.GetByRole(AriaRole.List, new() { Name = "Your businesses" }).GetByRole(AriaRole.Heading, new() { Level = 2 }))
            .ToHaveTextAsync(["Acme Software", "Globex Studio", "Initech Labs"]);
        var acme = page.GetByRole(AriaRole.List, new() { Name = "Subscriptions at Acme Software", Exact = true });
        await Expect(acme.GetByRole(AriaRole.Listitem)).ToHaveCountAsync(1);
        await Expect(acme).ToContainTextAsync("Acme Pro");
        await Expect(acme).ToContainTextAsync("Active");
        var globex = page.GetByRole(AriaRole.List, new() { Name = "Subscriptions at Globex Studio", Exact = true });
        await Expect(globex.GetByRole(AriaRole.Listitem)).ToHaveCountAsync(1);
        await Expect(globex).ToContainTextAsync("Globex Team");
        await Expect(globex).ToContainTextAsync("On hold");
        var initechKeys = page.GetByRole(AriaRole.List, new() { Name = "License keys at Initech Labs", Exact = true });
        await Expect(initechKeys.GetByRole(AriaRole.Listitem)).ToHaveCountAsync(1);
        await Expect(initechKeys).ToContainTextAsync("Initech Desktop");
        await Expect(initechKeys.Locator("code")).ToHaveTextAsync(ada.InitechKey);
        await Expect(page.GetByRole(AriaRole.List, new() { Name = "Subscriptions at Initech Labs", Exact = true })).ToHaveCountAsync(0);
        await AssertNothingOfAsync(page, [.. NeverInTestMode, ada.GraceKey, ada.GracePlan, ada.InitechLiveEnterprise, ada.HooliPremium, ada.UmbrellaShield, ada.Hooli.Value, ada.Umbrella.Value]);
        await AssertAccessibleAsync(page, "the unified dashboard in test mode with three businesses");

        await TabToAsync(page, page.GetByRole(AriaRole.Button, new() { Name = "Resolve the payment for Globex Team" }));
        await page.Keyboard.PressAsync("Enter");
        await Expect(page).ToHaveURLAsync(Url($"/test/portal/subscriptions/{ada.GlobexTeam}/payment-method"));
        await Expect(Heading(page)).ToHaveTextAsync("Payment method");
        await Expect(page.Locator(".site-header .brand")).ToHaveTextAsync("Globex Studio");
        await Expect(page.Locator(".page-head .lead")).ToContainTextAsync("Globex Team");

        await page.GotoAsync(Url("/test/portal/businesses"));
        await TabToAsync(page, page.GetByRole(AriaRole.Button, new() { Name = "Manage Acme Pro" }));
        await page.Keyboard.PressAsync("Enter");
        await Expect(page).ToHaveURLAsync(Url($"/test/portal/subscriptions/{ada.AcmePro}"));
        await Expect(Heading(page)).ToHaveTextAsync("Acme Pro");
        await Expect(page.Locator(".site-header .brand")).ToHaveTextAsync("Acme Software");

        await page.GotoAsync(Url("/test/portal/businesses"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Manage license keys at Initech Labs" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(Url("/test/portal/licenses"));
        await Expect(page.Locator(".site-header .brand")).ToHaveTextAsync("Initech Labs");
        await Expect(page.GetByRole(AriaRole.Textbox, new() { Name = "License key" })).ToHaveValueAsync(ada.InitechKey);

        await page.GotoAsync(Url("/test/portal/businesses"));
        await page.GetByRole(AriaRole.Link, new() { Name = "Billing history, all businesses" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(Url("/test/portal/history"));
        var businessCells = page.GetByRole(AriaRole.Table).Locator("tbody tr td:nth-child(2)");
        await Expect(businessCells).ToHaveCountAsync(3);
        Assert.Equal(["Acme Software", "Globex Studio", "Initech Labs"], (await businessCells.AllInnerTextsAsync()).Order());
        await Expect(page.GetByRole(AriaRole.Table)).ToContainTextAsync("Acme Pro");
        await Expect(page.GetByRole(AriaRole.Table)).ToContainTextAsync("Globex Team");
        await Expect(page.GetByRole(AriaRole.Table)).ToContainTextAsync("Initech Desktop");
        await AssertNothingOfAsync(page, [.. NeverInTestMode, ada.Hooli.Value, ada.Umbrella.Value]);
        await AssertAccessibleAsync(page, "the unified billing history in test mode");
        var invoices = page.GetByRole(AriaRole.Link, new() { Name = "Download invoice" });
        await Expect(invoices).ToHaveCountAsync(3);
        var download = await page.RunAndWaitForDownloadAsync(() => invoices.First.ClickAsync());
        Assert.EndsWith(".pdf", download.SuggestedFilename, StringComparison.Ordinal);
    }

    [Fact]
    public async Task In_live_mode_Ada_sees_only_her_live_plan_opens_it_with_the_keyboard_and_sees_nothing_of_test_mode()
    {
        var ada = await ArrangeAsync();
        var page = await Context.NewPageAsync();

        await SignInAsync(page, "/", "Your sign-in link for Initech Labs");

        await Expect(page).ToHaveURLAsync(Url("/portal/businesses"));
        await Expect(page.GetByRole(AriaRole.List, new() { Name = "Your businesses" }).GetByRole(AriaRole.Heading, new() { Level = 2 }))
            .ToHaveTextAsync(["Initech Labs"]);
        var initech = page.GetByRole(AriaRole.List, new() { Name = "Subscriptions at Initech Labs", Exact = true });
        await Expect(initech.GetByRole(AriaRole.Listitem)).ToHaveCountAsync(1);
        await Expect(initech).ToContainTextAsync("Initech Live Enterprise");
        await Expect(initech).ToContainTextAsync("Active");
        await Expect(page.GetByRole(AriaRole.List, new() { Name = "License keys at Initech Labs", Exact = true })).ToHaveCountAsync(0);
        await Expect(page.Locator("main")).ToContainTextAsync("Customer as Ada live");
        await AssertNothingOfAsync(page, [.. NeverInLiveMode, ada.InitechKey, ada.GraceKey, ada.AcmePro, ada.GlobexTeam, ada.GracePlan, ada.HooliPremium, ada.UmbrellaShield]);
        await AssertAccessibleAsync(page, "the unified dashboard in live mode");

        await page.GetByRole(AriaRole.Link, new() { Name = "Billing history, all businesses" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(Url("/portal/history"));
        await Expect(page.GetByRole(AriaRole.Table).Locator("tbody tr")).ToHaveCountAsync(1);
        await Expect(page.GetByRole(AriaRole.Table)).ToContainTextAsync("Initech Live Enterprise");
        await AssertNothingOfAsync(page, NeverInLiveMode);
        await AssertAccessibleAsync(page, "the unified billing history in live mode");

        await page.GetByRole(AriaRole.Link, new() { Name = "All my businesses" }).ClickAsync();
        await TabToAsync(page, page.GetByRole(AriaRole.Button, new() { Name = "Manage Initech Live Enterprise" }));
        await page.Keyboard.PressAsync("Enter");
        await Expect(page).ToHaveURLAsync(Url($"/portal/subscriptions/{ada.InitechLiveEnterprise}"));
        await Expect(Heading(page)).ToHaveTextAsync("Initech Live Enterprise");
        await Expect(page.Locator(".site-header .brand")).ToHaveTextAsync("Initech Labs");
    }

    /// <summary>Fails if the page's text or markup (hidden fields and links included) holds any of <paramref name="strangers"/>.</summary>
    private static async Task AssertNothingOfAsync(IPage page, IEnumerable<string> strangers)
    {
        var text = await page.Locator("body").InnerTextAsync();
        var html = await page.ContentAsync();
        foreach (var stranger in strangers)
        {
            Assert.DoesNotContain(stranger, text, StringComparison.Ordinal);
            Assert.DoesNotContain(stranger, html, StringComparison.Ordinal);
        }
    }

    /// <summary>The unified sign-in at the root of a mode: the email typed, the link of the one sign-in email opened from the development mailbox, confirmed.</summary>
    private async Task SignInAsync(IPage page, string root, string subject)
    {
        await page.GotoAsync(Url(root));
        await page.GetByLabel("Email address").FillAsync("ada@example.com");
        await page.GetByRole(AriaRole.Button, new() { Name = "Email me a sign-in link" }).ClickAsync();
        await Expect(Heading(page)).ToHaveTextAsync("Check your email");
        await Factory.DrainAsync();
        await page.GotoAsync(Url("/test/dev/mailbox"));
        // One email, naming exactly the businesses the link opens: a business that shut her out would be named too.
        var mails = page.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^Your sign-in link") });
        await Expect(mails).ToHaveTextAsync([subject]);
        await mails.ClickAsync();
        await page.Locator($".mail-body a[href^=\"{Url(root)}session/\"]").ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue to my portal" }).ClickAsync();
    }

    /// <summary>
    /// In test mode: Ada at Acme (Acme Pro, active), Globex (Globex Team, on hold) and Initech (a key of Initech Desktop);
    /// Grace at Globex (Grace Plan) and Initech (her own key); Ada at Hooli, which blocked her, and at Umbrella, which closed
    /// its portal, each with a plan. In live mode: Ada at Initech (Initech Live Enterprise, paid with a card saved through Stripe).
    /// </summary>
    private async Task<AdaEverywhere> ArrangeAsync()
    {
        var acme = await CreateBusinessAsync("Acme Software", "#0f766e");
        var globex = await CreateBusinessAsync("Globex Studio", "#b45309");
        var initech = await CreateBusinessAsync("Initech Labs", "#1d4ed8");
        var hooli = await CreateBusinessAsync("Hooli", "#7c3aed");
        var umbrella = await CreateBusinessAsync("Umbrella Corp", "#be123c");

        var acmePro = await SubscribeAsync(acme, await TestCustomerWithCardAsync(acme, "ada@example.com", "Ada at Acme"), "Acme Pro");
        var globexTeam = await SubscribeAsync(globex, await TestCustomerWithCardAsync(globex, "ada@example.com", "Ada at Globex"), "Globex Team");
        await Factory.SendAsync(s => s.SendAsync(new AdvanceSubscriptionCommand(globex, Mode.Test, globexTeam, SimulateDecline: true)));
        var gracePlan = await SubscribeAsync(globex, await TestCustomerWithCardAsync(globex, "grace@example.com", "Grace Hopper"), "Grace Plan");
        var desktop = await Factory.SendAsync(s => s.SendAsync(new CreateProductCommand(
            initech, Mode.Test, new ProductInput("Initech Desktop", null, "one_time", 4_900, "EUR", 2_200, null, null, null, true, 3, null))));
        var adaAtInitech = await TestCustomerWithCardAsync(initech, "ada@example.com", "Ada at Initech");
        var graceAtInitech = await TestCustomerWithCardAsync(initech, "grace@example.com", "Grace Hopper");
        var initechKey = await BuyKeyAsync(initech, adaAtInitech, desktop);
        var graceKey = await BuyKeyAsync(initech, graceAtInitech, desktop);

        var adaAtHooli = await TestCustomerWithCardAsync(hooli, "ada@example.com", "Ada at Hooli");
        var hooliPremium = await SubscribeAsync(hooli, adaAtHooli, "Hooli Premium");
        await Factory.SendAsync(s => s.SendAsync(new BlockCustomerCommand(hooli, Mode.Test, adaAtHooli, Blocked: true)));
        var umbrellaShield = await SubscribeAsync(umbrella, await TestCustomerWithCardAsync(umbrella, "ada@example.com", "Ada at Umbrella"), "Umbrella Shield");
        await Factory.SendAsync(s => s.SendAsync(new SetPortalOpenCommand(umbrella, Open: false)));

        var initechLiveEnterprise = await SubscribeAsync(initech, await LiveCustomerWithStripeCardAsync(initech, "ada@example.com", "Ada live"), "Initech Live Enterprise", Mode.Live);
        await Factory.DrainAsync();
        return new(hooli, umbrella, acmePro, globexTeam, initechKey, gracePlan, graceKey, hooliPremium, umbrellaShield, initechLiveEnterprise);
    }

    private Task<BusinessId> CreateBusinessAsync(string name, string color) =>
        Factory.SendAsync(s => s.SendAsync(new CreateBusinessCommand(null, name, color, null, null)));

    private async Task<CustomerId> TestCustomerWithCardAsync(BusinessId business, string email, string name)
    {
        var customer = await Factory.SendAsync(s => s.SendAsync(new CreateCustomerCommand(business, Mode.Test, email, name, null, null)));
        await Factory.SendAsync(s => s.SendAsync(new AddSandboxCardCommand(business, Mode.Test, customer.CustomerId, "4242424242424242", 12, DateTime.UtcNow.Year + 2, true)));
        return customer.CustomerId;
    }

    /// <summary>A live customer whose Visa was saved on Stripe's Checkout page (here the fake Stripe), as live mode takes cards.</summary>
    private async Task<CustomerId> LiveCustomerWithStripeCardAsync(BusinessId business, string email, string name)
    {
        var customer = (await Factory.SendAsync(s => s.SendAsync(new CreateCustomerCommand(business, Mode.Live, email, name, null, null)))).CustomerId;
        var back = Url("/portal/payment-methods");
        var checkout = await Factory.SendAsync(s => s.SendAsync(new StartStripeCardSetupCommand(business, Mode.Live, customer, back + "/stripe-return", back)));
        var session = new Uri(checkout).Segments[^1];
        Fixture.FakeStripe.CompleteCheckoutSession(session, StripeTestCard.Visa);
        await Factory.SendAsync(s => s.SendAsync(new CompleteStripeCardSetupCommand(business, Mode.Live, customer, session)));
        return customer;
    }

    /// <summary>The customer subscribed to a new monthly <paramref name="plan"/> with their default card; answers the subscription's id.</summary>
    private async Task<string> SubscribeAsync(BusinessId business, CustomerId customer, string plan, Mode mode = Mode.Test)
    {
        var product = await Factory.SendAsync(s => s.SendAsync(new CreateProductCommand(
            business, mode, new ProductInput(plan, null, "subscription", 1_000, "EUR", 2_200, "month", 1, null, false, null, null))));
        var subscription = await Factory.SendAsync(s => s.SendAsync(new CreateSubscriptionCommand(
            business, mode, customer.Value, product.Id, 1, null, new BillingAddressInput("IT", "RM", "Roma", "Via del Corso 1", "00186"), SubscriptionActor.Merchant)));
        Assert.Equal(SubscriptionStatus.Active, subscription.Status);
        return subscription.Id;
    }

    /// <summary>The customer pays for one <paramref name="product"/> with their default card; answers the key it issued.</summary>
    private async Task<string> BuyKeyAsync(BusinessId business, CustomerId customer, ProductDto product)
    {
        await Factory.SendAsync(s => s.SendAsync(new ChargeCustomerCommand(
            business.Value, Mode.Test, customer.Value, $"buy-{customer.Value}", "EUR", [new ChargeLine(product.Name, product.Id, 1, product.Price, product.TaxRateBasisPoints)], product.Name)));
        await Factory.DrainAsync();
        return Assert.Single(await Factory.SendAsync(s => s.QueryAsync(new ListCustomerLicenseKeysQuery(business, Mode.Test, customer)))).Key.Key;
    }

    /// <summary>What the arrangement made: the businesses that shut Ada out, the subscriptions' ids by plan, and the license keys.</summary>
    private sealed record AdaEverywhere(
        BusinessId Hooli,
        BusinessId Umbrella,
        string AcmePro,
        string GlobexTeam,
        string InitechKey,
        string GracePlan,
        string GraceKey,
        string HooliPremium,
        string UmbrellaShield,
        string InitechLiveEnterprise);
}

/// <summary>The browser tests' host on Kestrel, whose live mode takes cards through Stripe (the fake Stripe on a loopback port); test mode keeps the sandbox.</summary>
public sealed class LiveStripeKestrelFixture() : DatabaseFixture(useKestrel: true)
{
    private const string SecretKey = "sk_live_portal_fake";

    public FakeStripe FakeStripe { get; } = FakeStripe.Start(SecretKey);

    protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
    {
        ["Payments:StripeLive:SecretKey"] = SecretKey,
        ["Payments:StripeLive:WebhookSecret"] = "whsec_portal_fake_live",
        ["Payments:StripeApiBase"] = FakeStripe.BaseAddress,
    };

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await FakeStripe.DisposeAsync();
    }
}
