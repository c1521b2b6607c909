using System.Net;
using Portal.Bench.Host;
using Portal.BuildingBlocks.Contracts;
using Portal.Tests.Support;
using static Portal.Tests.Integration.Billing.BillingArrangement;

namespace Portal.Tests.Integration.Billing;

/// <summary>
/// bench/run compares the invoice history with a hand-written raw-Npgsql twin of it: the comparison is
/// honest only while the twin answers the very page the portal does. The twin lives in the bench host
/// (bench/Portal.Bench.Host), never in the production host.
/// </summary>
public sealed class HistoryTwinTests(DatabaseFixture fixture) : IntegrationTest(fixture)
{
    [Theory]
    [InlineData("")]
    [InlineData("?page=2")]
    public async Task The_twin_answers_the_same_page_as_the_portal(string query)
    {
        var (api, business) = await ApiClientAsync();
        var customer = new CustomerId(await CustomersApiTests.CreateCustomerAsync(api, "ada@example.com", "Ada Lovelace"));
        await AddCardAsync(Factory, business, customer);
        var declining = await AddCardAsync(Factory, business, customer, InsufficientFunds, makeDefault: false);
        await ChargeAsync(Factory, Charge(business, customer, "order-1", unitAmount: 2_500, taxBasisPoints: 2_200));
        Factory.Time.Advance(TimeSpan.FromMinutes(1));
        await ChargeAsync(Factory, Charge(business, customer, "order-2", paymentMethodId: declining.PaymentMethodId));
        await using var bench = BenchHost();
        var browser = new PortalPages(bench);
        await browser.SubmitFormAsync(PortalPages.PathOf(await PortalSessionTests.CreateLinkAsync(api, customer.Value)));

        var (pageResponse, page) = await browser.GetAsync("/test/portal/invoices" + query);
        var (twinResponse, twin) = await browser.GetAsync("/test/bench/history-twin" + query);

        Assert.Equal(HttpStatusCode.OK, pageResponse.StatusCode);
        Assert.Equal(HttpStatusCode.OK, twinResponse.StatusCode);
        // The language switch links back to the page it is on: the only place the two paths differ.
        Assert.Equal(
            PortalPages.WithoutPerRequestValues(page),
            PortalPages.WithoutPerRequestValues(twin)
                .Replace("/bench/history-twin", "/portal/invoices", StringComparison.Ordinal)
                .Replace("%2Fbench%2Fhistory-twin", "%2Fportal%2Finvoices", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_production_host_has_no_twin()
    {
        var (api, _) = await ApiClientAsync();
        var browser = new PortalPages(Factory);
        await browser.SubmitFormAsync(PortalPages.PathOf(await PortalSessionTests.CreateLinkAsync(api, await CustomersApiTests.CreateCustomerAsync(api))));

        var (response, _) = await browser.GetAsync("/test/bench/history-twin");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task The_twin_shows_nothing_without_a_session()
    {
        await using var bench = BenchHost();

        var (response, _) = await new PortalPages(bench).GetAsync("/test/bench/history-twin");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    /// <summary>The host as bench/Portal.Bench.Host composes it, as far as the twin needs: the portal plus the bench's page.</summary>
    private PortalFactory BenchHost() => new(Factory.ConnectionString, services: services => services.AddBenchPages());
}
