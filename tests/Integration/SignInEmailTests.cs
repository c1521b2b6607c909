using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using MimeKit;

namespace Portal.Tests.Integration;

public sealed class SignInEmailTests(SmtpFixture fixture) : IntegrationTest<SmtpFixture>(fixture)
{
    public override Task InitializeAsync()
    {
        Fixture.Smtp.ClearReceivedEmail();
        return base.InitializeAsync();
    }

    [Fact]
    public async Task Send_email_delivers_the_link_over_smtp_in_the_business_colours_with_a_text_part()
    {
        var (api, _) = await ApiClientAsync();
        var customer = await CustomersApiTests.CreateCustomerAsync(api, email: "ada@example.com", name: "Ada Lovelace");

        var response = await api.PostAsync($"/customers/{customer}/customer-portal/session?send_email=true", null);
        var link = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("link").GetString()!;
        Assert.Empty(Fixture.Smtp.ReceivedEmail);
        await Factory.DrainAsync();

        var message = Assert.Single(Fixture.Smtp.ReceivedEmail);
        var mime = await MimeMessage.LoadAsync(new MemoryStream(Encoding.UTF8.GetBytes(message.Data)));
        Assert.Equal("ada@example.com", mime.To.Mailboxes.Single().Address);
        Assert.Equal("support@acme.example", mime.ReplyTo.Mailboxes.Single().Address);
        Assert.Equal("Your sign-in link for Acme Software", mime.Subject);
        Assert.Contains(link, mime.TextBody, StringComparison.Ordinal);
        Assert.Contains("Hello Ada Lovelace,", mime.TextBody, StringComparison.Ordinal);
        Assert.Contains($"href=\"{link}\"", mime.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("background:#0f766e", mime.HtmlBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_emailed_link_signs_the_customer_in()
    {
        var (api, _) = await ApiClientAsync();
        var customer = await CustomersApiTests.CreateCustomerAsync(api, name: "Ada");
        await api.PostAsync($"/customers/{customer}/customer-portal/session?send_email=true", null);
        await Factory.DrainAsync();
        var mime = await MimeMessage.LoadAsync(new MemoryStream(Encoding.UTF8.GetBytes(Fixture.Smtp.ReceivedEmail.Single().Data)));
        var link = mime.TextBody!.Split('\n').Single(line => line.Contains("/session/", StringComparison.Ordinal)).Trim();
        var browser = new PortalPages(Factory);

        var confirmed = await browser.SubmitFormAsync(PortalPages.PathOf(link));

        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
    }

    [Fact]
    public async Task The_sign_in_link_never_sits_in_the_job_table_in_clear()
    {
        var (api, _) = await ApiClientAsync();
        var customer = await CustomersApiTests.CreateCustomerAsync(api);
        var response = await api.PostAsync($"/customers/{customer}/customer-portal/session?send_email=true", null);
        var link = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("link").GetString()!;
        var token = new Uri(link).Segments[^1];

        var jobs = await Database.ScalarAsync<string>(Factory, "SELECT coalesce(string_agg(invocationdata::text || arguments::text, ''), '') FROM hangfire.job");

        Assert.Contains("SendEmailJob", jobs, StringComparison.Ordinal);
        Assert.DoesNotContain(token, jobs, StringComparison.Ordinal);
        Assert.DoesNotContain("ada@example.com", jobs, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_send_email_nothing_is_sent()
    {
        var (api, _) = await ApiClientAsync();
        var customer = await CustomersApiTests.CreateCustomerAsync(api);

        await api.PostAsync($"/customers/{customer}/customer-portal/session?send_email=false", null);
        await Factory.DrainAsync();

        Assert.Empty(Fixture.Smtp.ReceivedEmail);
    }
}
