using System.Net;
using Portal.BuildingBlocks.Contracts;
using Portal.Tests.Support;

namespace Portal.Tests.Integration;

public sealed class StaticLinkTests(DatabaseFixture fixture) : IntegrationTest(fixture)
{
    [Fact]
    public async Task A_customer_asks_for_a_link_by_email_and_signs_in_with_it_from_the_mailbox()
    {
        var business = await CreateBusinessAsync();
        await CreateCustomerAsync(business, Mode.Test, "ada@example.com", "Ada Lovelace");
        var browser = new PortalPages(Factory);

        var requested = await browser.SubmitFormAsync($"/test/login/{business}", PortalPages.EmailField("  ADA@example.com "));
        var html = await requested.Content.ReadAsStringAsync();
        await Factory.DrainAsync();
        var link = await MailedLinkAsync("ada@example.com");
        var confirmed = await browser.SubmitFormAsync(PortalPages.PathOf(link));
        var (_, overview) = await browser.GetAsync("/test/portal");

        Assert.Equal(HttpStatusCode.OK, requested.StatusCode);
        Assert.Contains("Check your email", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        Assert.Contains("Hello, Ada Lovelace", overview, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_answer_is_the_same_for_a_known_and_an_unknown_email_and_the_unknown_gets_nothing()
    {
        var business = await CreateBusinessAsync();
        await CreateCustomerAsync(business, Mode.Test, "ada@example.com", "Ada");

        var known = await new PortalPages(Factory).SubmitFormAsync($"/test/login/{business}", PortalPages.EmailField("ada@example.com"));
        var unknown = await new PortalPages(Factory).SubmitFormAsync($"/test/login/{business}", PortalPages.EmailField("bob@example.com"));
        await Factory.DrainAsync();

        Assert.Equal(known.StatusCode, unknown.StatusCode);
        Assert.Equal(
            PortalPages.WithoutPerRequestValues(await known.Content.ReadAsStringAsync()).Replace("ada@example.com", "EMAIL", StringComparison.Ordinal),
            PortalPages.WithoutPerRequestValues(await unknown.Content.ReadAsStringAsync()).Replace("bob@example.com", "EMAIL", StringComparison.Ordinal));
        Assert.Equal(1L, await Database.ScalarAsync<long>(Factory, "SELECT count(*) FROM host.dev_mailbox_messages"));
        Assert.Equal(0L, await Database.ScalarAsync<long>(Factory, "SELECT count(*) FROM host.dev_mailbox_messages WHERE \"to\" = 'bob@example.com'"));
    }

    [Fact]
    public async Task No_job_argument_holds_an_email_typed_into_the_static_link_or_the_unified_portal()
    {
        var business = await CreateBusinessAsync();

        await new PortalPages(Factory).SubmitFormAsync($"/test/login/{business}", PortalPages.EmailField("typed-here@example.com"));
        await new PortalPages(Factory).SubmitFormAsync("/test/", PortalPages.EmailField("typed-there@example.com"));
        await Factory.DrainAsync();

        var jobs = await Database.ScalarAsync<string>(Factory, "SELECT coalesce(string_agg(invocationdata::text || arguments::text, ''), '') FROM hangfire.job");
        var parameters = await Database.ScalarAsync<string>(Factory, "SELECT coalesce(string_agg(value, ''), '') FROM hangfire.jobparameter");
        Assert.Contains("IntegrationEventDeliveryJob", jobs, StringComparison.Ordinal);
        Assert.DoesNotContain("typed-", jobs, StringComparison.Ordinal);
        Assert.DoesNotContain("typed-", parameters, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_live_customer_is_not_found_through_the_test_mode_static_link()
    {
        var business = await CreateBusinessAsync();
        await CreateCustomerAsync(business, Mode.Live, "ada@example.com", "Ada");

        await new PortalPages(Factory).SubmitFormAsync($"/test/login/{business}", PortalPages.EmailField("ada@example.com"));
        await Factory.DrainAsync();

        Assert.Equal(0L, await Database.ScalarAsync<long>(Factory, "SELECT count(*) FROM host.dev_mailbox_messages"));
        Assert.Equal(0L, await Database.ScalarAsync<long>(Factory, "SELECT count(*) FROM identity.portal_links"));
    }

    [Theory]
    [InlineData("not-an-email")]
    [InlineData("")]
    [InlineData("ada@example.com\r\nBcc: victim@example.com")]
    public async Task An_invalid_email_is_refused_on_the_page_and_nothing_is_queued(string email)
    {
        var business = await CreateBusinessAsync();

        var response = await new PortalPages(Factory).SubmitFormAsync($"/test/login/{business}", PortalPages.EmailField(email));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("Enter a valid email address", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0L, await Database.ScalarAsync<long>(Factory, "SELECT count(*) FROM identity.outbox_messages"));
    }

    [Theory]
    [InlineData("/login/bus_doesnotexist0000")]
    [InlineData("/test/login/not-an-id")]
    public async Task An_unknown_business_shows_the_not_found_page(string path)
    {
        var (response, html) = await new PortalPages(Factory).GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Page not found", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_login_page_wears_the_business_colours_and_speaks_italian()
    {
        var business = await CreateBusinessAsync(name: "Bottega Rossi", accentColor: "#b91c1c");

        var (_, html) = await new PortalPages(Factory, acceptLanguage: "it").GetAsync($"/login/{business}");

        Assert.Contains("Accedi a Bottega Rossi", html, StringComparison.Ordinal);
        Assert.Contains("--accent: #b91c1c", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_used_link_offers_to_email_a_new_one()
    {
        var business = await CreateBusinessAsync();
        await CreateCustomerAsync(business, Mode.Test, "ada@example.com", "Ada");
        await new PortalPages(Factory).SubmitFormAsync($"/test/login/{business}", PortalPages.EmailField("ada@example.com"));
        await Factory.DrainAsync();
        var link = PortalPages.PathOf(await MailedLinkAsync("ada@example.com"));
        await new PortalPages(Factory).SubmitFormAsync(link);

        var (_, html) = await new PortalPages(Factory).GetAsync(link);

        Assert.Contains($"href=\"/test/login/{business}\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_flood_of_requests_for_one_email_sends_at_most_five_emails_an_hour_and_answers_the_same()
    {
        var business = await CreateBusinessAsync();
        await CreateCustomerAsync(business, Mode.Test, "ada@example.com", "Ada");

        var answers = new List<string>();
        for (var i = 0; i < 12; i++)
        {
            var response = await new PortalPages(Factory).SubmitFormAsync($"/test/login/{business}", PortalPages.EmailField("ada@example.com"));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            answers.Add(PortalPages.WithoutPerRequestValues(await response.Content.ReadAsStringAsync()));
        }

        await Factory.DrainAsync();

        Assert.Single(answers.Distinct());
        Assert.Equal(5L, await Database.ScalarAsync<long>(Factory, "SELECT count(*) FROM host.dev_mailbox_messages"));
        Factory.Time.Advance(TimeSpan.FromHours(1));
        await new PortalPages(Factory).SubmitFormAsync($"/test/login/{business}", PortalPages.EmailField("ada@example.com"));
        await Factory.DrainAsync();
        Assert.Equal(6L, await Database.ScalarAsync<long>(Factory, "SELECT count(*) FROM host.dev_mailbox_messages"));
    }

    [Fact]
    public async Task One_client_asking_for_many_emails_is_stopped_after_thirty_an_hour()
    {
        var business = await CreateBusinessAsync();
        for (var i = 0; i < 35; i++)
        {
            await CreateCustomerAsync(business, Mode.Test, $"buyer{i}@example.com", "Buyer");
        }

        var browser = new PortalPages(Factory);
        var submissions = new List<Func<Task<HttpResponseMessage>>>();
        for (var i = 0; i < 35; i++)
        {
            submissions.Add(await browser.PrepareFormAsync($"/test/login/{business}", PortalPages.EmailField($"buyer{i}@example.com")));
        }

        await Task.WhenAll(submissions.Select(submit => submit()));
        await Factory.DrainAsync();

        Assert.Equal(30L, await Database.ScalarAsync<long>(Factory, "SELECT count(*) FROM host.dev_mailbox_messages"));
    }
}
