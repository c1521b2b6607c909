using Portal.Tests.Support;
using static Portal.Tests.Integration.Subscriptions.SubscriptionArrangement;

namespace Portal.Tests.Integration.Subscriptions;

/// <summary>Month ends and leap days. Each case has a host (and fake clock) of its own: the clock only moves forward.</summary>
public sealed class BillingPeriodTests(DatabaseFixture fixture) : IntegrationTest(fixture)
{
    [Theory]
    [InlineData("2027-01-31T10:00:00Z", "month", "2027-02-28T10:00:00Z", "2027-03-31T10:00:00Z")]
    [InlineData("2028-01-31T10:00:00Z", "month", "2028-02-29T10:00:00Z", "2028-03-31T10:00:00Z")]
    [InlineData("2028-02-29T10:00:00Z", "year", "2029-02-28T10:00:00Z", "2030-02-28T10:00:00Z")]
    [InlineData("2027-12-31T23:30:00Z", "month", "2028-01-31T23:30:00Z", "2028-02-29T23:30:00Z")]
    [InlineData("2027-03-30T10:00:00Z", "week", "2027-04-06T10:00:00Z", "2027-04-13T10:00:00Z")]
    [InlineData("2028-02-28T10:00:00Z", "day", "2028-02-29T10:00:00Z", "2028-03-01T10:00:00Z")]
    public async Task Periods_count_from_the_anchor_so_month_ends_and_leap_days_do_not_drift(string start, string unit, string first, string second)
    {
        await using var host = new PortalFactory(Factory.ConnectionString);
        host.Time.SetUtcNow(DateTimeOffset.Parse(start));
        var (business, customer) = await CustomerWithCardAsync(host);
        var subscription = await SubscribeAsync(host, business, customer, await PlanAsync(host, business, unit: unit));
        Assert.Equal(DateTimeOffset.Parse(first), subscription.NextBillingDate);

        host.Time.SetUtcNow(DateTimeOffset.Parse(first));
        Assert.Equal(1, await RenewAsync(host));

        var renewed = await GetAsync(host, business, subscription.Id);
        Assert.Equal(DateTimeOffset.Parse(first), renewed.CurrentPeriodStart);
        Assert.Equal(DateTimeOffset.Parse(second), renewed.NextBillingDate);
    }
}
