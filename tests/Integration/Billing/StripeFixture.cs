using System.Globalization;
using Portal.Tests.Support;
using Portal.Tests.Support.StripeEmulator;

namespace Portal.Tests.Integration.Billing;

/// <summary>
/// A host whose test mode charges through Stripe, here the fake Stripe on a loopback port, with a
/// short client timeout so a late answer is a timeout within the test. Live mode has no Stripe keys.
/// </summary>
public sealed class StripeFixture : DatabaseFixture
{
    public const string SecretKey = "sk_test_portal_fake";
    public const string WebhookSecret = "whsec_portal_fake";
    public static readonly TimeSpan ClientTimeout = TimeSpan.FromSeconds(2);

    public FakeStripe FakeStripe { get; } = FakeStripe.Start(SecretKey);

    protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
    {
        ["Payments:StripeTest:SecretKey"] = SecretKey,
        ["Payments:StripeTest:WebhookSecret"] = WebhookSecret,
        ["Payments:StripeApiBase"] = FakeStripe.BaseAddress,
        ["Payments:StripeTimeout"] = ClientTimeout.ToString("c", CultureInfo.InvariantCulture),
    };

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await FakeStripe.DisposeAsync();
    }
}
