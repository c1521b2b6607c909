using System.Net;
using Portal.BuildingBlocks.Contracts;
using Portal.Tests.Support;

namespace Portal.Tests.Integration;

/// <summary>The attacks that target magic links and portal sessions, each with the figure it must hold to.</summary>
public sealed class AccessAttackTests(DatabaseFixture fixture) : IntegrationTest(fixture)
{
    public static TheoryData<string> MalformedTokens => new()
    {
        "%20",
        new string('A', 10_000),
        "not*base64!",
        "abc%2500def",
        "..%2F..%2Fetc%2Fpasswd",
        "%F0%9F%92%A9",
    };

    [Theory]
    [MemberData(nameof(MalformedTokens))]
    public async Task Malformed_tokens_get_the_invalid_link_page_on_get_and_post_never_a_server_error(string token)
    {
        var browser = new PortalPages(Factory);

        var (get, _) = await browser.GetAsync($"/test/session/{token}");
        var post = await browser.SubmitFormAsync("/test/", new Dictionary<string, string> { ["Email"] = "x@example.com" }, $"/test/session/{token}");

        Assert.True((int)get.StatusCode < 500, $"GET answered {(int)get.StatusCode}");
        Assert.True((int)post.StatusCode < 500, $"POST answered {(int)post.StatusCode}");
        Assert.Equal(0L, await CountSessionsAsync());
    }

    [Fact]
    public async Task An_empty_token_is_simply_not_found()
    {
        var (response, _) = await new PortalPages(Factory).GetAsync("/test/session/");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task A_link_confirmed_one_second_after_24_hours_opens_no_session()
    {
        var link = await NewLinkAsync();
        var browser = new PortalPages(Factory);
        var submit = await browser.PrepareFormAsync(link);

        Factory.Time.Advance(TimeSpan.FromHours(24) + TimeSpan.FromSeconds(1));
        var response = await submit();

        Assert.Equal(HttpStatusCode.Gone, response.StatusCode);
        Assert.Equal(0L, await CountSessionsAsync());
    }

    [Fact]
    public async Task Twenty_concurrent_confirmations_create_exactly_one_session()
    {
        var link = await NewLinkAsync();
        var submissions = new List<Func<Task<HttpResponseMessage>>>();
        for (var i = 0; i < 20; i++)
        {
            submissions.Add(await new PortalPages(Factory).PrepareFormAsync(link));
        }

        var responses = await Task.WhenAll(submissions.Select(submit => submit()));

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Redirect);
        Assert.Equal(1L, await CountSessionsAsync());
    }

    [Fact]
    public async Task Scanners_that_fetch_with_head_or_get_leave_the_link_usable()
    {
        var link = await NewLinkAsync();
        var scanner = Factory.CreateClient();

        await scanner.SendAsync(new HttpRequestMessage(HttpMethod.Head, link));
        await scanner.GetAsync(link);
        var confirmed = await new PortalPages(Factory).SubmitFormAsync(link);

        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
    }

    [Fact]
    public async Task Confirming_without_the_antiforgery_token_is_refused_and_the_link_stays_usable()
    {
        var link = await NewLinkAsync();

        var forged = await new PortalPages(Factory).Client.PostAsync(link, new FormUrlEncodedContent(new Dictionary<string, string>()));
        var confirmed = await new PortalPages(Factory).SubmitFormAsync(link);

        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
    }

    [Fact]
    public async Task A_test_mode_session_does_not_open_the_live_portal()
    {
        var browser = new PortalPages(Factory);
        await browser.SubmitFormAsync(await NewLinkAsync(Mode.Test));

        var (test, _) = await browser.GetAsync("/test/portal");
        var (live, _) = await browser.GetAsync("/portal");

        Assert.Equal(HttpStatusCode.OK, test.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, live.StatusCode);
    }

    [Fact]
    public async Task A_live_link_does_not_work_on_the_test_portal()
    {
        var link = await NewLinkAsync(Mode.Live);

        var (response, _) = await new PortalPages(Factory).GetAsync("/test" + link);

        Assert.Equal(HttpStatusCode.Gone, response.StatusCode);
    }

    [Theory]
    [InlineData("//evil.example/x")]
    [InlineData("https:evil.example")]
    [InlineData("https:/evil.example")]
    [InlineData("%2F%2Fevil.example")]
    [InlineData("https://evil.example\\@good.example")]
    [InlineData("javascript:alert(1)")]
    [InlineData("http://evil.example")]
    public async Task Return_urls_that_could_redirect_elsewhere_are_refused(string returnUrl)
    {
        var (api, _) = await ApiClientAsync();
        var customer = await CustomersApiTests.CreateCustomerAsync(api);

        var response = await api.PostAsync($"/customers/{customer}/customer-portal/session?return_url={Uri.EscapeDataString(returnUrl)}", null);

        await CustomersApiTests.AssertErrorAsync(response, HttpStatusCode.UnprocessableEntity, "INVALID_RETURN_URL");
    }

    [Fact]
    public async Task Every_portal_page_carries_the_security_headers()
    {
        var (api, business) = await ApiClientAsync();
        var customer = await CustomersApiTests.CreateCustomerAsync(api);
        var link = PortalPages.PathOf(await PortalSessionTests.CreateLinkAsync(api, customer));
        var browser = new PortalPages(Factory);
        var (confirm, _) = await browser.GetAsync(link);
        await browser.SubmitFormAsync(link);

        var pages = new List<HttpResponseMessage> { confirm };
        foreach (var path in new[] { "/test/", $"/test/login/{business}", "/test/portal", "/test/portal/profile", "/test/session/unknown", "/test/no-such-page" })
        {
            pages.Add((await browser.GetAsync(path)).Response);
        }

        Assert.All(pages, page =>
        {
            Assert.Contains("frame-ancestors 'none'", page.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
            Assert.Equal("nosniff", page.Headers.GetValues("X-Content-Type-Options").Single());
            Assert.Equal("no-referrer", page.Headers.GetValues("Referrer-Policy").Single());
            Assert.Equal("DENY", page.Headers.GetValues("X-Frame-Options").Single());
        });
    }

    private async Task<string> NewLinkAsync(Mode mode = Mode.Test)
    {
        var (api, _) = await ApiClientAsync(mode);
        return PortalPages.PathOf(await PortalSessionTests.CreateLinkAsync(api, await CustomersApiTests.CreateCustomerAsync(api)));
    }

    private Task<long> CountSessionsAsync() => Database.ScalarAsync<long>(Factory, "SELECT count(*) FROM identity.portal_sessions");
}
