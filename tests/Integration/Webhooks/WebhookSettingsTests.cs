using Portal.Tests.Support;

namespace Portal.Tests.Integration.Webhooks;

/// <summary>Webhook settings that would lose or never send deliveries stop the host at start, naming the setting.</summary>
public sealed class WebhookSettingsTests(DatabaseFixture fixture) : IntegrationTest(fixture)
{
    [Theory]
    [InlineData("Webhooks:ClaimLease", "00:00:30")]
    [InlineData("Retention:WebhookMessagesAge", "-1.00:00:00")]
    public async Task A_claim_shorter_than_an_attempt_or_a_negative_retention_stops_the_host_at_start(string setting, string value)
    {
        await using var host = new PortalFactory(Factory.ConnectionString, settings: new Dictionary<string, string> { [setting] = value });

        var failure = Assert.ThrowsAny<Exception>(() => host.Server);

        Assert.Contains(setting, failure.ToString(), StringComparison.Ordinal);
    }
}
