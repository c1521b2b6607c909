using System.Net;
using Portal.BuildingBlocks.Contracts;
using Portal.Tests.Support;
using static Portal.Tests.Integration.Billing.BillingArrangement;

namespace Portal.Tests.Integration.Billing;

/// <summary>The portal's invoice history and the overview's summary of payments and cards.</summary>
public sealed class InvoiceHistoryTests(DatabaseFixture fixture) : IntegrationTest(fixture)
{
    [Fact]
    public async Task The_history_shows_every_payment_with_its_outcome_and_a_download_only_for_invoices()
    {
        var (browser, business, customer) = await SignedInWithCardAsync();
        var declining = await AddCardAsync(Factory, business, customer, InsufficientFunds, makeDefault: false);
        var paid = await ChargeAsync(Factory, Charge(business, customer, "order-1", unitAmount: 2_500, taxBasisPoints: 0));
        Factory.Time.Advance(TimeSpan.FromMinutes(1));
        var failed = await ChargeAsync(Factory, Charge(business, customer, "order-2", paymentMethodId: declining.PaymentMethodId));

        var (response, html) = await browser.GetAsync("/test/portal/invoices");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("€25.00", html, StringComparison.Ordinal);
        Assert.Contains(">Paid<", html, StringComparison.Ordinal);
        Assert.Contains(">Failed<", html, StringComparison.Ordinal);
        Assert.Contains("The card has insufficient funds.", html, StringComparison.Ordinal);
        Assert.Contains($"/test/portal/invoices/{paid.PaymentId}/pdf", html, StringComparison.Ordinal);
        Assert.DoesNotContain($"/test/portal/invoices/{failed.PaymentId}/pdf", html, StringComparison.Ordinal);
        Assert.True(html.IndexOf(">Failed<", StringComparison.Ordinal) < html.IndexOf(">Paid<", StringComparison.Ordinal), "newest first");
    }

    [Fact]
    public async Task A_long_history_is_paged_twenty_at_a_time()
    {
        var (browser, business, customer) = await SignedInWithCardAsync();
        for (var i = 0; i < 23; i++)
        {
            Factory.Time.Advance(TimeSpan.FromSeconds(1));
            await ChargeAsync(Factory, Charge(business, customer, $"order-{i}"));
        }

        var (_, first) = await browser.GetAsync("/test/portal/invoices");
        var (_, second) = await browser.GetAsync("/test/portal/invoices?page=2");
        var (_, beyond) = await browser.GetAsync("/test/portal/invoices?page=9");

        Assert.Equal(20, CountRows(first));
        Assert.Contains("rel=\"next\"", first, StringComparison.Ordinal);
        Assert.Equal(3, CountRows(second));
        Assert.Contains("rel=\"prev\"", second, StringComparison.Ordinal);
        Assert.DoesNotContain("rel=\"next\"", second, StringComparison.Ordinal);
        Assert.Contains("There are no payments on this page.", beyond, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_empty_history_says_so_in_english_and_in_italian()
    {
        var (browser, _, _) = await SignedInWithCardAsync();
        var italian = browser.InLanguage("it");

        var (_, english) = await browser.GetAsync("/test/portal/invoices");
        var (_, italiano) = await italian.GetAsync("/test/portal/invoices");

        Assert.Contains("No payments yet.", english, StringComparison.Ordinal);
        Assert.Contains("Ancora nessun pagamento.", italiano, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_overview_shows_the_latest_payments_and_the_default_card()
    {
        var (browser, business, customer) = await SignedInWithCardAsync();
        await ChargeAsync(Factory, Charge(business, customer, "order-1", unitAmount: 1_000, taxBasisPoints: 0));

        var (_, html) = await browser.GetAsync("/test/portal");

        Assert.Contains("€10.00", html, StringComparison.Ordinal);
        Assert.Contains("Default: Visa ending in 4242", html, StringComparison.Ordinal);
        Assert.Contains("/test/portal/invoices", html, StringComparison.Ordinal);
    }

    private static int CountRows(string html) => html.Split("<tr>").Length - 2;
}
