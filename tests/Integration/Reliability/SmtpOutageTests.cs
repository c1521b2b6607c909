using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Hangfire;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using netDumbster.smtp;
using Portal.BuildingBlocks.Contracts;
using Portal.Tests.Support;

namespace Portal.Tests.Integration.Reliability;

/// <summary>A host whose SMTP server is down until a test starts it (docs/reliability.md).</summary>
public sealed class SmtpLaterFixture : DatabaseFixture
{
    public int SmtpPort { get; } = FreeLoopbackPort();

    protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
    {
        ["Smtp:Host"] = "127.0.0.1",
        ["Smtp:Port"] = SmtpPort.ToString(CultureInfo.InvariantCulture),
        ["Smtp:UseTls"] = "false",
        ["Smtp:FromAddress"] = "portal@portal.example",
    };

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

/// <summary>Sign-in links asked for while the SMTP server is down: the customer sees nothing wrong, and the email leaves once it is back.</summary>
public sealed class SmtpOutageTests(SmtpLaterFixture fixture) : IntegrationTest<SmtpLaterFixture>(fixture)
{
    [Fact]
    public async Task A_link_asked_for_while_smtp_is_down_is_mailed_once_when_it_is_back()
    {
        var business = await CreateBusinessAsync();
        await CreateCustomerAsync(business, Mode.Test, "ada@example.com", "Ada Lovelace");

        var asked = await new PortalPages(Factory).SubmitFormAsync("/test/", PortalPages.EmailField("ada@example.com"));
        var whileDown = await Assert.ThrowsAsync<InvalidOperationException>(Factory.DrainAsync);
        var retries = Factory.Services.GetRequiredService<JobStorage>().GetMonitoringApi().ScheduledJobs(0, 10);

        using var smtp = Configuration.Configure().WithPort(Fixture.SmtpPort).Build();
        var client = Factory.Services.GetRequiredService<IBackgroundJobClient>();
        foreach (var (jobId, _) in retries)
        {
            client.Requeue(jobId); // what Hangfire's scheduler does when the retry is due
        }

        await Factory.DrainAsync();
        await Factory.DrainAsync();

        Assert.Equal(HttpStatusCode.OK, asked.StatusCode);
        Assert.Contains(nameof(Portal.BuildingBlocks.Infrastructure.Email.SendEmailJob), whileDown.Message, StringComparison.Ordinal);
        Assert.Single(retries);
        var message = Assert.Single(smtp.ReceivedEmail);
        var mime = await MimeMessage.LoadAsync(new MemoryStream(Encoding.UTF8.GetBytes(message.Data)));
        Assert.Equal("ada@example.com", mime.To.Mailboxes.Single().Address);
        Assert.Contains("/test/session/", mime.TextBody, StringComparison.Ordinal);
    }
}
