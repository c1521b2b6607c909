using netDumbster.smtp;
using Portal.Tests.Support;

namespace Portal.Tests.Integration;

/// <summary>A host whose emails go over real SMTP to an in-process SMTP server on a random loopback port.</summary>
public sealed class SmtpFixture : DatabaseFixture
{
    public SimpleSmtpServer Smtp { get; } = Configuration.Configure().WithRandomPort().Build();

    protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
    {
        ["Smtp:Host"] = "127.0.0.1",
        ["Smtp:Port"] = Smtp.Configuration.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Smtp:UseTls"] = "false",
        ["Smtp:FromAddress"] = "portal@portal.example",
    };

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        Smtp.Dispose();
    }
}
