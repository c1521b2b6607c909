using System.Net;
using Portal.BuildingBlocks.Contracts;
using Portal.BuildingBlocks.Domain;
using Portal.Modules.Identity.Contracts.MerchantUsers;
using Portal.Modules.Identity.Contracts.Operators;
using Portal.Tests.Support;

namespace Portal.Tests.Integration;

/// <summary>Merchant teams and their roles: who may see and change what in the admin area, and onboarding by operators.</summary>
public sealed class TeamRolesTests(DatabaseFixture fixture) : IntegrationTest(fixture)
{
    private const string Password = "correct horse battery";

    /// <summary>Every admin page, with the least role that may see it.</summary>
    private static readonly (string Path, MerchantRole Least)[] Pages =
    [
        ("/admin", MerchantRole.Support), ("/admin/account", MerchantRole.Support), ("/admin/customers", MerchantRole.Support),
        ("/admin/subscriptions", MerchantRole.Support), ("/admin/license-keys", MerchantRole.Support),
        ("/admin/products", MerchantRole.Admin), ("/admin/products/new", MerchantRole.Admin), ("/admin/product-collections", MerchantRole.Admin),
        ("/admin/product-collections/new", MerchantRole.Admin), ("/admin/settings", MerchantRole.Admin), ("/admin/settings/plan-changes", MerchantRole.Admin),
        ("/admin/api-keys", MerchantRole.Admin), ("/admin/team", MerchantRole.Owner), ("/admin/activity", MerchantRole.Owner),
    ];

    /// <summary>Every admin form that changes something, with the least role that may send it ({customer} is a real customer).</summary>
    private static readonly (string Action, MerchantRole Least)[] Posts =
    [
        ("/admin/customers/{customer}?mode=test&handler=Generate", MerchantRole.Support),
        ("/admin/customers/{customer}?mode=test&handler=Email", MerchantRole.Support),
        ("/admin/customers/{customer}?mode=test&handler=Block", MerchantRole.Admin),
        ("/admin/customers/{customer}?mode=test&handler=Profile", MerchantRole.Admin),
        ("/admin/customers?mode=test&handler=Create", MerchantRole.Admin),
        ("/admin/customers/{customer}?mode=test&handler=Refund", MerchantRole.Admin),
        ("/admin/customers/{customer}?mode=test&handler=Subscribe", MerchantRole.Admin),
        ("/admin/subscriptions/sub_0000000000000000000000?mode=test&handler=Cancel", MerchantRole.Admin),
        ("/admin/license-keys/lk_00000000000000000000?mode=test&handler=Disabled", MerchantRole.Admin),
        ("/admin/products/new?mode=test", MerchantRole.Admin),
        ("/admin/product-collections/new?mode=test", MerchantRole.Admin),
        ("/admin/settings?mode=test", MerchantRole.Admin),
        ("/admin/settings?mode=test&handler=Portal", MerchantRole.Admin),
        ("/admin/settings/plan-changes?mode=test", MerchantRole.Admin),
        ("/admin/api-keys?mode=test", MerchantRole.Admin),
        ("/admin/api-keys/00000000-0000-0000-0000-000000000000/revoke?mode=test", MerchantRole.Admin),
        ("/admin/team?mode=test&handler=Invite", MerchantRole.Owner),
        ("/admin/team?mode=test&handler=Role", MerchantRole.Owner),
        ("/admin/team?mode=test&handler=Remove", MerchantRole.Owner),
    ];

    [Theory]
    [InlineData(MerchantRole.Support)]
    [InlineData(MerchantRole.Admin)]
    [InlineData(MerchantRole.Owner)]
    public async Task Every_admin_page_and_post_answers_403_above_the_role_and_nothing_changes(MerchantRole role)
    {
        var business = await CreateBusinessAsync();
        var customer = await AdminArea.CreateCustomerAsync(Factory, business, "ada@example.com", "Ada Lovelace");
        var merchant = await AdminArea.SignInAsync(Factory, business, $"{role}@acme.example".ToLowerInvariant(), role: role);

        var pages = new List<(string, bool)>();
        foreach (var (path, least) in Pages)
        {
            var (answer, _) = await merchant.GetAsync(path);
            pages.Add((path, answer.StatusCode == HttpStatusCode.Forbidden));
            Assert.True(answer.StatusCode is HttpStatusCode.OK or HttpStatusCode.Forbidden, $"{path}: {answer.StatusCode}");
        }

        var posts = new List<(string, bool)>();
        foreach (var (template, least) in Posts)
        {
            var action = template.Replace("{customer}", customer.Value, StringComparison.Ordinal);
            var submit = await merchant.PrepareFormAsync("/admin/account", new Dictionary<string, string> { ["blocked"] = "true", ["open"] = "false" }, action);
            var answer = await submit();
            posts.Add((action, answer.StatusCode == HttpStatusCode.Forbidden));
        }

        Assert.Equal(Pages.Select(p => (p.Path, role < p.Least)), pages);
        Assert.Equal(Posts.Select(p => (p.Action.Replace("{customer}", customer.Value, StringComparison.Ordinal), role < p.Least)), posts);
        if (role == MerchantRole.Support)
        {
            Assert.Equal(0L, await Database.ScalarAsync<long>(Factory, "SELECT count(*) FROM identity.customers WHERE blocked_at IS NOT NULL"));
            Assert.Equal(0L, await Database.ScalarAsync<long>(Factory, "SELECT count(*) FROM identity.businesses WHERE portal_closed_at IS NOT NULL"));
        }
    }

    [Fact]
    public async Task The_navigation_offers_support_only_what_support_may_see()
    {
        var business = await CreateBusinessAsync();
        var support = await AdminArea.SignInAsync(Factory, business, "support@acme.example", role: MerchantRole.Support);

        var (_, html) = await support.GetAsync("/admin");

        Assert.Contains("href=\"/admin/customers?mode=test\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"/admin/api-keys?mode=test\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"/admin/settings?mode=test\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"/admin/team?mode=test\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_owner_invites_a_teammate_who_chooses_a_password_and_signs_in_with_that_role()
    {
        var business = await CreateBusinessAsync();
        var owner = await AdminArea.SignInAsync(Factory, business);

        var invited = await owner.SubmitFormAsync(
            "/admin/team",
            new Dictionary<string, string> { ["InviteEmail"] = "Bea@Acme.example", ["InviteName"] = "Bea", ["InviteRole"] = "Support" },
            "/admin/team?mode=test&handler=Invite");
        await Factory.DrainAsync();
        var link = await SetPasswordLinkAsync("Bea@Acme.example");
        var set = await new PortalPages(Factory).SubmitFormAsync(link, new Dictionary<string, string> { ["Password"] = Password });
        var bea = new PortalPages(Factory);
        var signedIn = await bea.SubmitFormAsync("/admin/login", new Dictionary<string, string> { ["Email"] = "bea@acme.example", ["Password"] = Password });
        var (customers, _) = await bea.GetAsync("/admin/customers");
        var (apiKeys, _) = await bea.GetAsync("/admin/api-keys");

        Assert.Equal(HttpStatusCode.Redirect, invited.StatusCode);
        Assert.Equal("/admin/login", set.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal(HttpStatusCode.OK, customers.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, apiKeys.StatusCode);
        Assert.Equal(0L, await Database.ScalarAsync<long>(Factory, "SELECT count(*) FROM hangfire.jobparameter WHERE value LIKE '%set-password%'"));
    }

    [Fact]
    public async Task Changing_a_role_or_removing_a_member_ends_their_sessions_at_once_and_the_last_owner_stays()
    {
        var business = await CreateBusinessAsync();
        var owner = await AdminArea.SignInAsync(Factory, business);
        var admin = await AdminArea.SignInAsync(Factory, business, "admin@acme.example", role: MerchantRole.Admin);
        var support = await AdminArea.SignInAsync(Factory, business, "support@acme.example", role: MerchantRole.Support);
        var adminId = await UserIdAsync("admin@acme.example");
        var supportId = await UserIdAsync("support@acme.example");
        var ownerId = await UserIdAsync(AdminArea.OwnerEmail);

        await owner.SubmitFormAsync("/admin/team", new Dictionary<string, string> { ["userId"] = adminId, ["role"] = "Support" }, "/admin/team?mode=test&handler=Role");
        await owner.SubmitFormAsync("/admin/team", new Dictionary<string, string> { ["userId"] = supportId }, "/admin/team?mode=test&handler=Remove");
        await owner.SubmitFormAsync("/admin/team", new Dictionary<string, string> { ["userId"] = ownerId }, "/admin/team?mode=test&handler=Remove");
        var (adminAfter, _) = await admin.GetAsync("/admin");
        var (supportAfter, _) = await support.GetAsync("/admin");
        var (team, html) = await owner.GetAsync("/admin/team");

        Assert.Equal(HttpStatusCode.Redirect, adminAfter.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, supportAfter.StatusCode);
        Assert.Equal(HttpStatusCode.OK, team.StatusCode);
        Assert.Contains("must keep at least one owner", html, StringComparison.Ordinal);
        Assert.Equal("Support", await Database.ScalarAsync<string>(Factory, $"SELECT role FROM identity.merchant_users WHERE id = '{adminId}'"));
        Assert.Equal(2L, await Database.ScalarAsync<long>(Factory, "SELECT count(*) FROM identity.merchant_users"));
    }

    [Fact]
    public async Task Two_owners_removing_or_demoting_each_other_at_once_always_leave_one_owner()
    {
        var outcomes = new List<string>();
        for (var i = 0; i < 6; i++)
        {
            var business = await CreateBusinessAsync();
            await Factory.SendAsync(s => s.SendAsync(new CreateMerchantUserCommand(business, $"first{i}@acme.example", "First", Password, MerchantRole.Owner)));
            await Factory.SendAsync(s => s.SendAsync(new CreateMerchantUserCommand(business, $"second{i}@acme.example", "Second", Password, MerchantRole.Owner)));
            var owners = (await Database.ScalarAsync<string>(Factory, $"SELECT string_agg(id::text, ',') FROM identity.merchant_users WHERE business_id = '{business.Value}'")).Split(',').Select(Guid.Parse).ToList();

            // Each owner takes the other out at the same moment: removing on even rounds, demoting on odd ones.
            var attempts = owners.Select(owner => AttemptAsync(i % 2 == 0
                ? s => s.SendAsync(new RemoveTeamMemberCommand(business, owner))
                : s => s.SendAsync(new ChangeTeamMemberRoleCommand(business, owner, MerchantRole.Support))));
            outcomes.Add(string.Join(',', (await Task.WhenAll(attempts)).Order(StringComparer.Ordinal)));
            Assert.Equal(1L, await Database.ScalarAsync<long>(Factory, $"SELECT count(*) FROM identity.merchant_users WHERE business_id = '{business.Value}' AND role = 'Owner'"));
        }

        Assert.All(outcomes, outcome => Assert.Equal("LAST_OWNER,done", outcome));
    }

    private async Task<string> AttemptAsync(Func<Portal.BuildingBlocks.Application.Messaging.ISender, Task<MediatR.Unit>> change)
    {
        try
        {
            await Factory.SendAsync(change);
            return "done";
        }
        catch (DomainException exception)
        {
            return exception.Error.Code;
        }
    }

    [Fact]
    public async Task An_owner_cannot_change_or_remove_another_business_member()
    {
        var business = await CreateBusinessAsync();
        var other = await CreateBusinessAsync("Globex Studio");
        var owner = await AdminArea.SignInAsync(Factory, business);
        await AdminArea.SignInAsync(Factory, other, "owner@globex.example");
        var stranger = await UserIdAsync("owner@globex.example");

        var removed = await owner.SubmitFormAsync("/admin/team", new Dictionary<string, string> { ["userId"] = stranger }, "/admin/team?mode=test&handler=Remove");
        var demoted = await owner.SubmitFormAsync("/admin/team", new Dictionary<string, string> { ["userId"] = stranger, ["role"] = "Support" }, "/admin/team?mode=test&handler=Role");

        Assert.Equal(HttpStatusCode.NotFound, removed.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, demoted.StatusCode);
        Assert.Equal("Owner", await Database.ScalarAsync<string>(Factory, $"SELECT role FROM identity.merchant_users WHERE id = '{stranger}'"));
    }

    [Fact]
    public async Task An_operator_onboards_a_business_whose_owner_sets_a_password_and_signs_in()
    {
        var token = await Factory.SendAsync(s => s.SendAsync(new CreateOperatorCommand("ops@platform.example", "Ops", false)));
        await new PortalPages(Factory).SubmitFormAsync($"/account/set-password/{token}", new Dictionary<string, string> { ["Password"] = Password });
        var ops = new PortalPages(Factory);
        await ops.SubmitFormAsync("/ops/login", new Dictionary<string, string> { ["Email"] = "ops@platform.example", ["Password"] = Password });

        var refused = await ops.SubmitFormAsync("/ops", new Dictionary<string, string> { ["Form.Name"] = "Initech", ["Form.Country"] = "Italy" }, "/ops?handler=Onboard");
        var onboarded = await ops.SubmitFormAsync(
            "/ops",
            new Dictionary<string, string>
            {
                ["Form.Name"] = "Initech", ["Form.SupportEmail"] = "help@initech.example", ["Form.Country"] = "it", ["Form.Currency"] = "eur",
                ["Form.OwnerEmail"] = "peter@initech.example", ["Form.OwnerName"] = "Peter",
            },
            "/ops?handler=Onboard");
        await Factory.DrainAsync();
        await new PortalPages(Factory).SubmitFormAsync(await SetPasswordLinkAsync("peter@initech.example"), new Dictionary<string, string> { ["Password"] = Password });
        var peter = new PortalPages(Factory);
        await peter.SubmitFormAsync("/admin/login", new Dictionary<string, string> { ["Email"] = "peter@initech.example", ["Password"] = Password });
        var (team, _) = await peter.GetAsync("/admin/team");
        var (opsForMerchant, _) = await peter.GetAsync("/ops");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, onboarded.StatusCode);
        Assert.Equal("IT EUR", await Database.ScalarAsync<string>(Factory, "SELECT country || ' ' || currency FROM identity.businesses WHERE name = 'Initech'"));
        Assert.Equal(HttpStatusCode.OK, team.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, opsForMerchant.StatusCode);
        Assert.Contains("/ops/login", opsForMerchant.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_invitation_for_an_email_that_already_has_an_account_is_refused()
    {
        var business = await CreateBusinessAsync();
        await AdminArea.SignInAsync(Factory, business);

        var invite = () => Factory.SendAsync(s => s.SendAsync(new InviteTeamMemberCommand(business, AdminArea.OwnerEmail, "Again", MerchantRole.Admin, "en")));

        var refused = await Assert.ThrowsAsync<DomainException>(invite);
        Assert.Equal("MERCHANT_USER_EXISTS", refused.Error.Code);
    }

    private async Task<string> SetPasswordLinkAsync(string to)
    {
        var text = await Database.ScalarAsync<string>(Factory, $"SELECT text_body FROM host.dev_mailbox_messages WHERE \"to\" = '{to}'");
        var start = text.IndexOf("/account/set-password/", StringComparison.Ordinal);
        return text[start..].Split(['\n', '\r', ' ', ')', ']'])[0];
    }

    private Task<string> UserIdAsync(string email) =>
        Database.ScalarAsync<string>(Factory, $"SELECT id::text FROM identity.merchant_users WHERE email = '{email}'");
}
