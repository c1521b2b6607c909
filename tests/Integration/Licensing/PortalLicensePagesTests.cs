using System.Net;
using Portal.Tests.Integration.Subscriptions;
using Portal.Tests.Support;
using static Portal.Tests.Integration.Licensing.LicensingArrangement;

namespace Portal.Tests.Integration.Licensing;

/// <summary>The customer's License keys page and the overview's card: what they show and the changes the customer makes there.</summary>
public sealed class PortalLicensePagesTests(DatabaseFixture fixture) : IntegrationTest(fixture)
{
    [Fact]
    public async Task The_overview_and_the_page_show_the_key_its_terms_and_where_it_is_active()
    {
        var (business, customer, key) = await KeyAsync(Factory, activationLimit: 3);
        await ActivateAsync(Factory, key.Key, "Ada's MacBook");
        var browser = await SignInAsync(Factory, business, customer);

        var (_, overview) = await browser.GetAsync("/test/portal");
        var (page, html) = await browser.GetAsync("/test/portal/licenses");

        Assert.Contains("Desktop app", overview);
        Assert.Contains("1 of 3 in use", overview);
        Assert.Contains("href=\"/test/portal/licenses\"", overview);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains($"value=\"{key.Key}\"", html);
        Assert.Contains("1 of 3 in use", html);
        Assert.Contains("Ada&#x27;s MacBook", html);
        Assert.Contains("No expiry", html);
        Assert.Contains($"href=\"/test/portal/licenses/{key.Id}/file\"", html);
        Assert.Contains("Out of activations?", html);
    }

    [Fact]
    public async Task A_customer_without_keys_sees_the_empty_state_in_both_languages()
    {
        var (business, customer) = await SubscriptionArrangement.CustomerWithCardAsync(Factory);
        var browser = await SignInAsync(Factory, business, customer);

        var (_, english) = await browser.GetAsync("/test/portal/licenses");
        var (_, italian) = await browser.InLanguage("it").GetAsync("/test/portal/licenses");

        Assert.Contains("A key appears here as soon as you buy a product that includes one.", english);
        Assert.Contains("Una chiave compare qui appena acquisti un prodotto che la include.", italian);
    }

    [Fact]
    public async Task Deactivating_asks_first_then_frees_the_activation()
    {
        var (business, customer, key) = await KeyAsync(Factory, activationLimit: 1);
        var instance = await ActivateAsync(Factory, key.Key, "Old laptop");
        var browser = await SignInAsync(Factory, business, customer);

        var (_, confirm) = await browser.GetAsync($"/test/portal/licenses?deactivate={instance.Instance.Id}");
        Assert.Contains("Deactivate Old laptop?", confirm);
        Assert.Single(Assert.Single(await KeysAsync(Factory, business, customer)).Instances);

        var done = await browser.SubmitFormAsync(
            $"/test/portal/licenses?deactivate={instance.Instance.Id}", new Dictionary<string, string> { ["instanceId"] = instance.Instance.Id }, "/test/portal/licenses?handler=Deactivate");
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        var (_, after) = await browser.GetAsync(done.Headers.Location!.OriginalString);

        Assert.Contains("Instance deactivated: one more activation is free.", after);
        Assert.Contains("0 of 1 in use", after);
        Assert.Empty(Assert.Single(await KeysAsync(Factory, business, customer)).Instances);
        Assert.Equal("New laptop", (await ActivateAsync(Factory, key.Key, "New laptop")).Instance.Name);
    }

    [Fact]
    public async Task Another_customers_instance_cannot_be_deactivated_or_renamed_and_stays()
    {
        var (business, customer) = await SubscriptionArrangement.CustomerWithCardAsync(Factory);
        var product = await LicensedProductAsync(Factory, business);
        await BuyAsync(Factory, business, customer, product);
        var (_, other) = await SubscriptionArrangement.CustomerWithCardAsync(Factory, email: "grace@example.com", business: business);
        await BuyAsync(Factory, business, other, product);
        var othersKey = Assert.Single(await KeysAsync(Factory, business, other)).Key;
        var othersInstance = await ActivateAsync(Factory, othersKey.Key, "Grace's PC");
        var mine = Assert.Single(await KeysAsync(Factory, business, customer)).Key;
        await ActivateAsync(Factory, mine.Key, "Ada's PC");
        var browser = await SignInAsync(Factory, business, customer);
        var myInstance = Assert.Single(Assert.Single(await KeysAsync(Factory, business, customer)).Instances);

        var deactivate = await browser.SubmitFormAsync(
            $"/test/portal/licenses?deactivate={myInstance.Id}", new Dictionary<string, string> { ["instanceId"] = othersInstance.Instance.Id }, "/test/portal/licenses?handler=Deactivate");
        var rename = await browser.SubmitFormAsync(
            $"/test/portal/licenses?rename={myInstance.Id}", new Dictionary<string, string> { ["instanceId"] = othersInstance.Instance.Id, ["Name"] = "Mine now" }, "/test/portal/licenses?handler=Rename");

        Assert.Equal(HttpStatusCode.NotFound, deactivate.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, rename.StatusCode);
        Assert.Equal("Grace's PC", Assert.Single(Assert.Single(await KeysAsync(Factory, business, other)).Instances).Name);
    }

    [Fact]
    public async Task Renaming_refuses_an_empty_name_on_the_page_and_saves_a_good_one()
    {
        var (business, customer, key) = await KeyAsync(Factory);
        var instance = await ActivateAsync(Factory, key.Key, "DESKTOP-4F2K");
        var browser = await SignInAsync(Factory, business, customer);
        var page = $"/test/portal/licenses?rename={instance.Instance.Id}";

        var refused = await browser.SubmitFormAsync(page, new Dictionary<string, string> { ["instanceId"] = instance.Instance.Id, ["Name"] = "  " }, "/test/portal/licenses?handler=Rename");
        var refusedHtml = await refused.Content.ReadAsStringAsync();
        var renamed = await browser.SubmitFormAsync(page, new Dictionary<string, string> { ["instanceId"] = instance.Instance.Id, ["Name"] = "Studio PC" }, "/test/portal/licenses?handler=Rename");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("Give the instance a name of 1 to 200 characters.", refusedHtml);
        Assert.Contains("aria-invalid=\"true\"", refusedHtml);
        Assert.Equal(HttpStatusCode.Redirect, renamed.StatusCode);
        Assert.Equal("Studio PC", Assert.Single(Assert.Single(await KeysAsync(Factory, business, customer)).Instances).Name);
    }

    [Fact]
    public async Task Resetting_clears_every_activation_once_a_day()
    {
        var (business, customer, key) = await KeyAsync(Factory, activationLimit: 2);
        await ActivateAsync(Factory, key.Key, "One");
        await ActivateAsync(Factory, key.Key, "Two");
        var browser = await SignInAsync(Factory, business, customer);
        var form = new Dictionary<string, string> { ["licenseKeyId"] = key.Id };

        var (_, confirm) = await browser.GetAsync($"/test/portal/licenses?reset={key.Id}");
        var reset = await browser.SubmitFormAsync($"/test/portal/licenses?reset={key.Id}", form, "/test/portal/licenses?handler=Reset");
        Assert.Contains("All 2 instances are deactivated at once", confirm);
        Assert.Equal(HttpStatusCode.Redirect, reset.StatusCode);
        Assert.Equal(0, Assert.Single(await KeysAsync(Factory, business, customer)).Key.InstancesCount);

        await ActivateAsync(Factory, key.Key, "Three");
        var (_, page) = await browser.GetAsync("/test/portal/licenses");
        var again = await browser.SubmitFormAsync($"/test/portal/licenses?deactivate={Assert.Single(Assert.Single(await KeysAsync(Factory, business, customer)).Instances).Id}", form, "/test/portal/licenses?handler=Reset");

        Assert.Contains("Activations were reset in the last 24 hours", page);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, again.StatusCode);
        Assert.Contains("reset less than 24 hours ago", await again.Content.ReadAsStringAsync());
        Assert.Equal(1, Assert.Single(await KeysAsync(Factory, business, customer)).Key.InstancesCount);
    }
}
