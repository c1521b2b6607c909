using System.Net;
using Portal.BuildingBlocks.Contracts;
using Portal.Modules.Licensing.Contracts.LicenseKeys;
using Portal.Tests.Support;
using static Portal.Tests.Integration.Licensing.LicensingArrangement;

namespace Portal.Tests.Integration.Licensing;

/// <summary>The admin area's license key pages: the list, a key's page and the merchant's changes there.</summary>
public sealed class AdminLicensePagesTests(DatabaseFixture fixture) : IntegrationTest(fixture)
{
    [Fact]
    public async Task The_list_and_the_customer_page_lead_to_the_key_with_its_instances()
    {
        var (business, customer, key) = await KeyAsync(Factory, activationLimit: 3);
        await ActivateAsync(Factory, key.Key, "Office PC");
        var admin = await AdminArea.SignInAsync(Factory, business);

        var (_, list) = await admin.GetAsync("/admin/license-keys?mode=test");
        var (_, customerPage) = await admin.GetAsync($"/admin/customers/{customer.Value}?mode=test");
        var (_, details) = await admin.GetAsync($"/admin/license-keys/{key.Id}?mode=test");
        var (_, live) = await admin.GetAsync("/admin/license-keys?mode=live");

        Assert.Contains($"href=\"/admin/license-keys/{key.Id}?mode=test\"", list);
        Assert.Contains("1 of 3 in use", list);
        Assert.Contains($"href=\"/admin/license-keys/{key.Id}?mode=test\"", customerPage);
        Assert.Contains($"value=\"{key.Key}\"", details);
        Assert.Contains("Office PC", details);
        Assert.Contains("No license keys yet.", live);
    }

    [Fact]
    public async Task Another_businesss_key_or_the_other_modes_is_not_found()
    {
        var (_, _, key) = await KeyAsync(Factory);
        var stranger = await AdminArea.SignInAsync(Factory, await CreateBusinessAsync("Globex"), "owner@globex.example");

        var (foreign, _) = await stranger.GetAsync($"/admin/license-keys/{key.Id}?mode=test");

        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
    }

    [Fact]
    public async Task Disabling_asks_first_and_the_key_stops_validating_until_enabled()
    {
        var (business, _, key) = await KeyAsync(Factory);
        var admin = await AdminArea.SignInAsync(Factory, business);
        var page = $"/admin/license-keys/{key.Id}?mode=test";

        var (_, confirm) = await admin.GetAsync(page + "&confirm=disable");
        var disabled = await admin.SubmitFormAsync(page + "&confirm=disable", new Dictionary<string, string> { ["disabled"] = "true" }, page + "&handler=Disabled");
        var (_, after) = await admin.GetAsync(AdminArea.LocationOf(disabled));

        Assert.Contains("Disable this key?", confirm);
        Assert.Equal(HttpStatusCode.Redirect, disabled.StatusCode);
        Assert.Contains("The key is disabled.", after);
        Assert.Equal("disabled", (await KeyOfAsync(business, key.Id)).Status);

        await admin.SubmitFormAsync(page + "&confirm=enable", new Dictionary<string, string> { ["disabled"] = "false" }, page + "&handler=Disabled");
        Assert.Equal("active", (await KeyOfAsync(business, key.Id)).Status);
    }

    [Fact]
    public async Task Extending_sets_the_end_of_the_chosen_day_and_an_empty_date_removes_the_expiry()
    {
        var (business, _, key) = await KeyAsync(Factory, durationDays: 30);
        var admin = await AdminArea.SignInAsync(Factory, business);
        var page = $"/admin/license-keys/{key.Id}?mode=test";

        await admin.SubmitFormAsync(page, new Dictionary<string, string> { ["ExpiresOn"] = "2031-06-30" }, page + "&handler=Expiry");
        Assert.Equal(new DateTimeOffset(2031, 6, 30, 23, 59, 59, TimeSpan.Zero), (await KeyOfAsync(business, key.Id)).ExpiresAt);

        var bad = await admin.SubmitFormAsync(page, new Dictionary<string, string> { ["ExpiresOn"] = "30/06/2031" }, page + "&handler=Expiry");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, bad.StatusCode);
        Assert.Contains("Enter the date as a calendar date", await bad.Content.ReadAsStringAsync());
        Assert.Equal(new DateTimeOffset(2031, 6, 30, 23, 59, 59, TimeSpan.Zero), (await KeyOfAsync(business, key.Id)).ExpiresAt);

        await admin.SubmitFormAsync(page, new Dictionary<string, string> { ["ExpiresOn"] = "" }, page + "&handler=Expiry");
        Assert.Null((await KeyOfAsync(business, key.Id)).ExpiresAt);
    }

    [Fact]
    public async Task The_limit_cannot_go_below_the_instances_in_use_and_an_instance_can_be_deactivated()
    {
        var (business, _, key) = await KeyAsync(Factory, activationLimit: 3);
        var first = await ActivateAsync(Factory, key.Key, "One");
        await ActivateAsync(Factory, key.Key, "Two");
        var admin = await AdminArea.SignInAsync(Factory, business);
        var page = $"/admin/license-keys/{key.Id}?mode=test";

        var refused = await admin.SubmitFormAsync(page, new Dictionary<string, string> { ["ActivationsLimit"] = "1" }, page + "&handler=Limit");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("deactivate some before lowering the limit", await refused.Content.ReadAsStringAsync());
        Assert.Equal(3, (await KeyOfAsync(business, key.Id)).ActivationsLimit);

        var (_, confirm) = await admin.GetAsync(page + $"&confirm=deactivate:{first.Instance.Id}");
        Assert.Contains("Deactivate One?", confirm);
        await admin.SubmitFormAsync(page + $"&confirm=deactivate:{first.Instance.Id}", new Dictionary<string, string> { ["instanceId"] = first.Instance.Id }, page + "&handler=Deactivate");
        await admin.SubmitFormAsync(page, new Dictionary<string, string> { ["ActivationsLimit"] = "1" }, page + "&handler=Limit");

        var changed = await KeyOfAsync(business, key.Id);
        Assert.Equal((1, 1), (changed.ActivationsLimit!.Value, changed.InstancesCount));
        await admin.SubmitFormAsync(page, new Dictionary<string, string> { ["ActivationsLimit"] = "" }, page + "&handler=Limit");
        Assert.Null((await KeyOfAsync(business, key.Id)).ActivationsLimit);
    }

    private Task<LicenseKeyDto> KeyOfAsync(BusinessId business, string keyId) =>
        Factory.SendAsync(s => s.QueryAsync(new GetLicenseKeyQuery(business, Mode.Test, keyId)));
}
