using System.Net;
using Npgsql;
using Portal.BuildingBlocks.Contracts;
using Portal.Tests.Support;

namespace Portal.Tests.Integration;

public sealed class AuditTrailTests(DatabaseFixture fixture) : IntegrationTest(fixture)
{
    [Fact]
    public async Task A_change_by_an_admin_shows_in_the_owners_activity_with_who_what_business_and_mode()
    {
        var business = await CreateBusinessAsync();
        var customer = await AdminArea.CreateCustomerAsync(Factory, business, "ada@example.com", "Ada Lovelace", Mode.Live);
        var owner = await AdminArea.SignInAsync(Factory, business);
        var admin = await AdminArea.SignInAsync(Factory, business, "admin@acme.example", role: MerchantRole.Admin);

        await admin.SubmitFormAsync(
            $"/admin/customers/{customer}?mode=live", new Dictionary<string, string> { ["blocked"] = "true" }, $"/admin/customers/{customer}?mode=live&handler=Block");
        await admin.SubmitFormAsync(
            "/admin/account", new Dictionary<string, string> { ["CurrentPassword"] = AdminArea.Password, ["NewPassword"] = "another long passphrase" });
        var (page, html) = await owner.GetAsync("/admin/activity?action=block");
        var (_, everything) = await owner.GetAsync("/admin/activity");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("customers/details.block", html, StringComparison.Ordinal);
        Assert.Contains($"customerId={customer}; blocked=true", html, StringComparison.Ordinal);
        Assert.Contains("<td>live</td>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("account.post", html, StringComparison.Ordinal);
        Assert.Contains("account.post", everything, StringComparison.Ordinal);
        Assert.DoesNotContain("another long passphrase", everything, StringComparison.Ordinal);
        Assert.DoesNotContain(AdminArea.Password, everything, StringComparison.Ordinal);
        Assert.Equal(2L, await Database.ScalarAsync<long>(Factory, $"SELECT count(*) FROM identity.audit_entries WHERE business_id = '{business}' AND actor_name = 'Owner'"));
    }

    [Fact]
    public async Task A_refused_change_is_not_recorded_and_another_business_never_sees_the_trail()
    {
        var business = await CreateBusinessAsync();
        var other = await CreateBusinessAsync("Globex Studio");
        var support = await AdminArea.SignInAsync(Factory, business, "support@acme.example", role: MerchantRole.Support);
        var stranger = await AdminArea.SignInAsync(Factory, other, "owner@globex.example");

        var refused = await (await support.PrepareFormAsync("/admin/account", new Dictionary<string, string> { ["open"] = "false" }, "/admin/settings?mode=test&handler=Portal"))();
        await support.SubmitFormAsync("/admin/customers", action: "/admin?handler=SignOut");
        var (_, strangersTrail) = await stranger.GetAsync("/admin/activity");

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(0L, await Database.ScalarAsync<long>(Factory, $"SELECT count(*) FROM identity.audit_entries WHERE business_id = '{business}' AND action LIKE 'settings%'"));
        Assert.Equal(1L, await Database.ScalarAsync<long>(Factory, $"SELECT count(*) FROM identity.audit_entries WHERE business_id = '{business}' AND action = 'index.signout'"));
        Assert.DoesNotContain("index.signout", strangersTrail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_trail_cannot_be_changed_or_deleted_even_by_hand()
    {
        var business = await CreateBusinessAsync();
        var owner = await AdminArea.SignInAsync(Factory, business);
        await owner.SubmitFormAsync("/admin/settings", new Dictionary<string, string> { ["open"] = "false" }, "/admin/settings?mode=test&handler=Portal");

        var update = await Assert.ThrowsAsync<PostgresException>(() => Database.ExecuteAsync(Factory, "UPDATE identity.audit_entries SET actor_name = 'Nobody'"));
        var delete = await Assert.ThrowsAsync<PostgresException>(() => Database.ExecuteAsync(Factory, "DELETE FROM identity.audit_entries"));

        Assert.Contains("append-only", update.MessageText, StringComparison.Ordinal);
        Assert.Contains("append-only", delete.MessageText, StringComparison.Ordinal);
        Assert.Equal(1L, await Database.ScalarAsync<long>(Factory, $"SELECT count(*) FROM identity.audit_entries WHERE business_id = '{business}'"));
    }

    [Fact]
    public async Task The_activity_pages_and_filters_hold_and_any_page_number_is_answered()
    {
        var business = await CreateBusinessAsync();
        var owner = await AdminArea.SignInAsync(Factory, business);
        for (var i = 0; i < 26; i++)
        {
            await owner.SubmitFormAsync("/admin/api-keys", new Dictionary<string, string> { ["KeyName"] = $"Key {i}" }, "/admin/api-keys?mode=test");
            Factory.Time.Advance(TimeSpan.FromSeconds(1));
        }

        var (_, first) = await owner.GetAsync("/admin/activity");
        var (_, second) = await owner.GetAsync("/admin/activity?page=2");
        var (_, none) = await owner.GetAsync("/admin/activity?actor=nobody");
        var (tooFar, farPage) = await owner.GetAsync("/admin/activity?page=2147483647");
        var (negative, _) = await owner.GetAsync("/admin/activity?page=-1");
        var (longFilter, _) = await owner.GetAsync("/admin/activity?action=" + new string('x', 101));

        Assert.Equal(26L, await Database.ScalarAsync<long>(Factory, $"SELECT count(*) FROM identity.audit_entries WHERE business_id = '{business}'"));
        Assert.Contains("KeyName=Key 25", first, StringComparison.Ordinal);
        Assert.Contains("rel=\"next\"", first, StringComparison.Ordinal);
        Assert.Contains("KeyName=Key 0", second, StringComparison.Ordinal);
        Assert.DoesNotContain("rel=\"next\"", second, StringComparison.Ordinal);
        Assert.Contains("No change matches these filters.", none, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, tooFar.StatusCode);
        Assert.Contains("past the end of the activity", farPage, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, negative.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, longFilter.StatusCode);
    }
}
