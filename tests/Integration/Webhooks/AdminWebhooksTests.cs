using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Portal.BuildingBlocks.Contracts;
using Portal.Tests.Support;
using Portal.Tests.Support.Webhooks;
using static Portal.Tests.Integration.Webhooks.WebhookArrangement;

namespace Portal.Tests.Integration.Webhooks;

/// <summary>Developers → Webhooks in the admin area, as a merchant uses it without JavaScript.</summary>
public sealed partial class AdminWebhooksTests(DatabaseFixture fixture) : IntegrationTest(fixture), IAsyncLifetime
{
    private readonly WebhookReceiver _receiver = WebhookReceiver.Start();

    async Task IAsyncLifetime.DisposeAsync() => await _receiver.DisposeAsync();

    [Fact]
    public async Task An_owner_adds_an_endpoint_reveals_its_secret_sends_a_test_event_sees_it_delivered_and_sends_it_again()
    {
        var business = await CreateBusinessAsync();
        var admin = await AdminArea.SignInAsync(Factory, business);

        var (_, empty) = await admin.GetAsync("/admin/webhooks?mode=test");
        var created = await admin.SubmitFormAsync("/admin/webhooks?mode=test", new Dictionary<string, string>
        {
            ["Form.Url"] = _receiver.Url,
            ["Form.Description"] = "Orders server",
            ["Form.Events"] = "payment.succeeded",
        });
        var endpointPath = AdminArea.LocationOf(created);
        var id = EndpointId().Match(endpointPath).Value;
        var (_, details) = await admin.GetAsync(endpointPath);
        var revealed = await admin.SubmitFormAsync(endpointPath, action: AdminHref(id, "Reveal"));
        var secret = SecretPattern().Match(WebUtility.HtmlDecode(await revealed.Content.ReadAsStringAsync())).Value;
        var tested = await admin.SubmitFormAsync(endpointPath, action: AdminHref(id, "Test"));
        await Factory.DrainAsync();
        var (_, log) = await admin.GetAsync(endpointPath);
        var delivery = DeliveryId().Match(log).Groups[1].Value;
        var replayed = await admin.SubmitFormAsync(endpointPath, new Dictionary<string, string> { ["deliveryId"] = delivery }, AdminHref(id, "Replay"));
        await Factory.DrainAsync();
        var (_, list) = await admin.GetAsync("/admin/webhooks?mode=test");

        Assert.Contains("No endpoint yet.", empty, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Contains("The endpoint was added.", details, StringComparison.Ordinal);
        Assert.Contains("Nothing has been sent to this endpoint yet.", details, StringComparison.Ordinal);
        Assert.True(revealed.Headers.CacheControl?.NoStore);
        Assert.Equal(await SecretOverApiAsync(business, id), secret);
        Assert.Equal(HttpStatusCode.Redirect, tested.StatusCode);
        Assert.Contains("webhook.test", log, StringComparison.Ordinal);
        Assert.Contains("Delivered", log, StringComparison.Ordinal);
        Assert.Contains("HTTP 200 in", log, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, replayed.StatusCode);
        Assert.Equal(2, _receiver.Received.Count);
        Assert.All(_receiver.Received, w => Verified(w, secret));
        Assert.Single(_receiver.Received.Select(w => w.Headers["webhook-id"]).Distinct());
        Assert.Contains(_receiver.Url, list, StringComparison.Ordinal);
        Assert.Contains("payment.succeeded", list, StringComparison.Ordinal);
        Assert.Contains("Orders server", list, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Disabling_rolling_and_deleting_go_through_their_steps_and_change_what_is_sent()
    {
        var business = await CreateBusinessAsync();
        var admin = await AdminArea.SignInAsync(Factory, business);
        var id = await AddAsync(admin);
        var path = $"/admin/webhooks/{id}?mode=test";

        var disabled = await admin.SubmitFormAsync(path, new Dictionary<string, string> { ["Form.Url"] = _receiver.Url, ["Form.Enabled"] = "false" }, AdminHref(id, "Save"));
        var (_, afterDisabling) = await admin.GetAsync(path);
        var testWhileDisabled = await admin.SubmitFormAsync(path, action: AdminHref(id, "Test"));
        var (_, rollPage) = await admin.GetAsync($"/admin/webhooks/{id}/roll-secret?mode=test");
        var secretBefore = await SecretOverApiAsync(business, id);
        var rolled = await admin.SubmitFormAsync($"/admin/webhooks/{id}/roll-secret?mode=test");
        var secretAfter = await SecretOverApiAsync(business, id);
        var (_, deletePage) = await admin.GetAsync($"/admin/webhooks/{id}/delete?mode=test");
        var deleted = await admin.SubmitFormAsync($"/admin/webhooks/{id}/delete?mode=test");
        var (_, list) = await admin.GetAsync(AdminArea.LocationOf(deleted));

        Assert.Equal(HttpStatusCode.Redirect, disabled.StatusCode);
        Assert.Contains("Your changes were saved.", afterDisabling, StringComparison.Ordinal);
        Assert.Contains("class=\"status disabled\"", afterDisabling, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, testWhileDisabled.StatusCode);
        Assert.Contains("The endpoint is disabled", await testWhileDisabled.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("For 24 hours every delivery is signed with both", rollPage, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, rolled.StatusCode);
        Assert.NotEqual(secretBefore, secretAfter);
        Assert.Contains("This cannot be undone.", deletePage, StringComparison.Ordinal);
        Assert.Contains($"The endpoint {_receiver.Url} was deleted", list, StringComparison.Ordinal);
        Assert.Equal(0, await Database.ScalarAsync<long>(Factory, "SELECT count(*) FROM webhooks.endpoints"));
        Assert.Empty(_receiver.Received);
    }

    [Theory]
    [InlineData("", "Enter an absolute http or https URL")]
    [InlineData("ftp://hooks.example/x", "Enter an absolute http or https URL")]
    public async Task A_bad_url_is_refused_next_to_its_field_and_nothing_is_added(string url, string message)
    {
        var business = await CreateBusinessAsync();
        var admin = await AdminArea.SignInAsync(Factory, business);

        var refused = await admin.SubmitFormAsync("/admin/webhooks?mode=test", new Dictionary<string, string> { ["Form.Url"] = url });
        var html = await refused.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains(message, html, StringComparison.Ordinal);
        Assert.Contains("aria-describedby=\"webhook-url-error webhook-url-hint\"", html, StringComparison.Ordinal);
        Assert.Equal(0, await Database.ScalarAsync<long>(Factory, "SELECT count(*) FROM webhooks.endpoints"));
    }

    [Fact]
    public async Task Another_businesss_or_modes_endpoint_is_not_found_and_support_may_not_see_webhooks()
    {
        var business = await CreateBusinessAsync();
        var other = await CreateBusinessAsync(name: "Globex");
        var owner = await AdminArea.SignInAsync(Factory, other, "owner@globex.example");
        var foreign = await AddAsync(owner);
        var admin = await AdminArea.SignInAsync(Factory, business);
        var support = await AdminArea.SignInAsync(Factory, business, "support@acme.example", role: MerchantRole.Support);

        foreach (var path in new[] { $"/admin/webhooks/{foreign}?mode=test", $"/admin/webhooks/{foreign}?mode=live", $"/admin/webhooks/{foreign}/delete?mode=test", $"/admin/webhooks/{foreign}/roll-secret?mode=test" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync(path)).Response.StatusCode);
        }

        var reveal = await admin.SubmitFormAsync("/admin/webhooks?mode=test", action: AdminHref(foreign, "Reveal"));
        var delete = await admin.SubmitFormAsync("/admin/webhooks?mode=test", action: $"/admin/webhooks/{foreign}/delete?mode=test");
        var (supportList, supportNav) = await support.GetAsync("/admin/customers?mode=test");

        Assert.Equal(HttpStatusCode.NotFound, reveal.StatusCode);
        Assert.DoesNotContain("whsec_", await reveal.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, delete.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await support.GetAsync("/admin/webhooks?mode=test")).Response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, supportList.StatusCode);
        Assert.DoesNotContain("/admin/webhooks", supportNav, StringComparison.Ordinal);
        Assert.Equal(1, await Database.ScalarAsync<long>(Factory, "SELECT count(*) FROM webhooks.endpoints"));
    }

    [Fact]
    public async Task The_pages_speak_italian()
    {
        var business = await CreateBusinessAsync();
        var admin = await AdminArea.SignInAsync(Factory, business, acceptLanguage: "it");

        var (_, list) = await admin.GetAsync("/admin/webhooks?mode=test");

        Assert.Contains("Aggiungi un endpoint", list, StringComparison.Ordinal);
        Assert.Contains("Ancora nessun endpoint.", list, StringComparison.Ordinal);
    }

    private async Task<string> AddAsync(PortalPages admin)
    {
        var created = await admin.SubmitFormAsync("/admin/webhooks?mode=test", new Dictionary<string, string> { ["Form.Url"] = _receiver.Url });
        return EndpointId().Match(AdminArea.LocationOf(created)).Value;
    }

    private async Task<string> SecretOverApiAsync(BusinessId business, string id)
    {
        var (api, _) = await ApiClientAsync(business: business);
        return (await api.GetFromJsonAsync<JsonElement>($"/webhooks/{id}/secret")).GetProperty("secret").GetString()!;
    }

    private static string AdminHref(string id, string handler) => $"/admin/webhooks/{id}?mode=test&handler={handler}";

    [GeneratedRegex("whk_[a-z0-9]+")]
    private static partial Regex EndpointId();

    [GeneratedRegex(@"whsec_[A-Za-z0-9+/=]+")]
    private static partial Regex SecretPattern();

    [GeneratedRegex("name=\"deliveryId\" value=\"([0-9a-f-]{36})\"")]
    private static partial Regex DeliveryId();
}
