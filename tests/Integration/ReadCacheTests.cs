using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Portal.BuildingBlocks.Application.Caching;
using Portal.BuildingBlocks.Contracts;
using Portal.Modules.Billing.Contracts.PaymentMethods;
using Portal.Modules.Subscriptions.Contracts.Subscriptions;
using Portal.Tests.Integration.Licensing;
using Portal.Tests.Integration.Subscriptions;
using Portal.Tests.Support;
using static Portal.Tests.Integration.Billing.BillingArrangement;

namespace Portal.Tests.Integration;

/// <summary>
/// ADR 0019: portal reads served from memory until PostgreSQL says their rows changed, on this instance and
/// on the others, and never a stale page after a change or while the notifications are not being heard.
/// </summary>
public sealed class ReadCacheTests(DatabaseFixture fixture) : IntegrationTest(fixture)
{
    [Fact]
    public async Task A_page_seen_again_is_served_without_reading_the_database()
    {
        var (browser, _, _) = await SignedInWithCardAsync();
        await browser.GetAsync("/test/portal/invoices");

        var (first, again) = (await StatementsDuringAsync(() => browser.GetAsync("/test/portal/invoices")), await StatementsDuringAsync(() => browser.GetAsync("/test/portal/invoices")));

        Assert.Empty(first);
        Assert.Empty(again);
    }

    [Fact]
    public async Task The_overview_and_an_invoice_seen_again_read_nothing()
    {
        var (browser, business, customer) = await SignedInWithCardAsync();
        var paid = await ChargeAsync(Factory, Charge(business, customer, "order-1", unitAmount: 2_500, taxBasisPoints: 0));
        await browser.GetAsync("/test/portal");
        await browser.GetAsync($"/test/portal/invoices/{paid.PaymentId}/pdf");

        var overview = await StatementsDuringAsync(() => browser.GetAsync("/test/portal"));
        var pdf = await StatementsDuringAsync(() => browser.GetAsync($"/test/portal/invoices/{paid.PaymentId}/pdf"));

        Assert.Empty(overview);
        Assert.Empty(pdf);
    }

    [Fact]
    public async Task The_subscription_pages_seen_again_read_only_the_credit_and_their_history_shows_a_renewal_at_once()
    {
        var (browser, business, customer) = await SignedInWithCardAsync();
        var plan = await SubscriptionArrangement.PlanAsync(Factory, business);
        var subscription = await SubscriptionArrangement.SubscribeAsync(Factory, business, customer, plan);
        var detail = $"/test/portal/subscriptions/{subscription.Id}";
        await browser.GetAsync("/test/portal/subscriptions");
        await browser.GetAsync(detail);

        var list = await StatementsDuringAsync(() => browser.GetAsync("/test/portal/subscriptions"));
        var details = await StatementsDuringAsync(() => browser.GetAsync(detail));
        Factory.Time.Advance(TimeSpan.FromDays(31));
        await SubscriptionArrangement.RenewAsync(Factory);
        var history = await Factory.SendAsync(s => s.QueryAsync(
            new ListSubscriptionHistoryQuery(business, Mode.Test, subscription.Id, customer)));

        Assert.Empty(list);
        Assert.Single(details); // the customer's credit, read from Billing's contracts, is not cached
        Assert.Contains(history, line => line.Change == SubscriptionChange.Renewed);
    }

    [Fact]
    public async Task An_answer_that_changes_with_time_is_not_served_past_that_time()
    {
        var (_, business, customer) = await SignedInWithCardAsync();
        var now = Factory.Time.GetUtcNow();
        await Factory.SendAsync(s => s.SendAsync(new AddSandboxCardCommand(business, Mode.Test, customer, "5555555555554444", now.Month, now.Year, MakeDefault: false)));
        var cards = new ListPaymentMethodsQuery(business, Mode.Test, customer);
        var thisMonth = await Factory.SendAsync(s => s.QueryAsync(cards));
        var stillThisMonth = await StatementsDuringAsync(() => Factory.SendAsync(s => s.QueryAsync(cards)));

        Factory.Time.Advance(new DateTimeOffset(now.Year, now.Month, 1, 0, 0, 0, TimeSpan.Zero).AddMonths(1) - now);
        var nextMonth = await Factory.SendAsync(s => s.QueryAsync(cards));

        Assert.Empty(stillThisMonth);
        Assert.DoesNotContain(thisMonth, card => card.IsExpired);
        Assert.Single(nextMonth, card => card.IsExpired);
    }

    [Fact]
    public async Task A_payment_shows_at_once_on_a_history_that_was_cached()
    {
        var (browser, business, customer) = await SignedInWithCardAsync();
        var (_, before) = await browser.GetAsync("/test/portal/invoices");

        await ChargeAsync(Factory, Charge(business, customer, "order-1", unitAmount: 2_500, taxBasisPoints: 0));
        var (_, after) = await browser.GetAsync("/test/portal/invoices");

        Assert.DoesNotContain("€25.00", before, StringComparison.Ordinal);
        Assert.Contains("€25.00", after, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_change_written_by_hand_in_the_database_also_ends_the_cached_page()
    {
        var (browser, business, customer) = await SignedInWithCardAsync();
        await ChargeAsync(Factory, Charge(business, customer, "order-1", unitAmount: 2_500, taxBasisPoints: 0));
        await browser.GetAsync("/test/portal/invoices");

        await Database.ExecuteAsync(Factory, $"UPDATE billing.payments SET description = to_jsonb('Changed by an operator'::text) WHERE customer_id = '{customer.Value}'");
        await Factory.Services.GetRequiredService<IReadCache>().CatchUpAsync(CancellationToken.None);
        var (_, html) = await browser.GetAsync("/test/portal/invoices");

        Assert.Contains("Changed by an operator", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_unified_dashboard_seen_again_reads_nothing_and_a_new_business_of_the_email_or_a_purchase_there_shows_at_once()
    {
        var acme = await CreateBusinessAsync("Acme Software");
        await SubscriptionArrangement.CustomerWithCardAsync(Factory, email: "ada@example.com", business: acme);
        var browser = new PortalPages(Factory);
        await SignInToUnifiedPortalAsync(browser, "ada@example.com");
        await browser.GetAsync("/test/portal/businesses");

        var again = await StatementsDuringAsync(() => browser.GetAsync("/test/portal/businesses"));
        var globex = await CreateBusinessAsync("Globex Studio");
        // Typed differently: customers are found by the normalised email, and so is the cached answer's scope.
        var (_, adaAtGlobex) = await SubscriptionArrangement.CustomerWithCardAsync(Factory, email: " ADA@Example.com", business: globex);
        var (_, withGlobex) = await browser.GetAsync("/test/portal/businesses");
        await SubscriptionArrangement.SubscribeAsync(Factory, globex, adaAtGlobex, await SubscriptionArrangement.PlanAsync(Factory, globex, name: "Globex Team"));
        var (_, withPurchase) = await browser.GetAsync("/test/portal/businesses");

        Assert.Empty(again);
        Assert.Contains("Globex Studio", withGlobex, StringComparison.Ordinal);
        Assert.DoesNotContain("Globex Team", withGlobex, StringComparison.Ordinal);
        Assert.Contains("Globex Team", withPurchase, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_business_renamed_or_closed_by_hand_and_a_customer_blocked_by_hand_end_the_cached_dashboard()
    {
        var acme = await CreateBusinessAsync("Acme Software");
        var globex = await CreateBusinessAsync("Globex Studio");
        var initech = await CreateBusinessAsync("Initech");
        await SubscriptionArrangement.CustomerWithCardAsync(Factory, email: "ada@example.com", business: acme);
        await SubscriptionArrangement.CustomerWithCardAsync(Factory, email: "ada@example.com", business: globex);
        var (_, adaAtInitech) = await SubscriptionArrangement.CustomerWithCardAsync(Factory, email: "ada@example.com", business: initech);
        var browser = new PortalPages(Factory);
        await SignInToUnifiedPortalAsync(browser, "ada@example.com");
        await browser.GetAsync("/test/portal/businesses");
        var cache = Factory.Services.GetRequiredService<IReadCache>();

        await Database.ExecuteAsync(Factory, $"UPDATE identity.businesses SET name = 'Acme Renamed' WHERE id = '{acme.Value}'");
        await Database.ExecuteAsync(Factory, $"UPDATE identity.businesses SET portal_closed_at = now() WHERE id = '{globex.Value}'");
        await Database.ExecuteAsync(Factory, $"UPDATE identity.customers SET blocked_at = now() WHERE id = '{adaAtInitech.Value}'");
        await cache.CatchUpAsync(CancellationToken.None);
        var (_, dashboard) = await browser.GetAsync("/test/portal/businesses");

        Assert.Contains("Acme Renamed", dashboard, StringComparison.Ordinal);
        Assert.DoesNotContain("Globex Studio", dashboard, StringComparison.Ordinal);
        Assert.DoesNotContain("Initech", dashboard, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_row_that_names_its_customer_only_through_its_parent_still_ends_the_cached_page()
    {
        var (business, customer, key) = await LicensingArrangement.KeyAsync(Factory);
        var instance = await LicensingArrangement.ActivateAsync(Factory, key.Key, "Ada's laptop");
        var browser = await LicensingArrangement.SignInAsync(Factory, business, customer);
        await browser.GetAsync("/test/portal/licenses");

        // Only the instance row changes; its customer is its key's (the trigger reads it from there).
        await Database.ExecuteAsync(Factory, $"UPDATE licensing.license_key_instances SET name = 'Renamed by hand' WHERE id = '{instance.Instance.Id}'");
        await Factory.Services.GetRequiredService<IReadCache>().CatchUpAsync(CancellationToken.None);
        var (_, html) = await browser.GetAsync("/test/portal/licenses");

        Assert.Contains("Renamed by hand", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_instance_drops_its_copy_when_this_one_changes_the_data_or_ends_the_session()
    {
        var (browser, business, customer) = await SignedInWithCardAsync();
        await using var second = new PortalFactory(Factory.ConnectionString);
        var onSecond = new PortalPages(second);
        onSecond.Cookies.Add(browser.Cookies.GetAllCookies());
        var (cookieAccepted, before) = await onSecond.GetAsync("/test/portal/invoices");

        await ChargeAsync(Factory, Charge(business, customer, "order-1", unitAmount: 2_500, taxBasisPoints: 0));
        await second.Services.GetRequiredService<IReadCache>().CatchUpAsync(CancellationToken.None);
        var (_, after) = await onSecond.GetAsync("/test/portal/invoices");
        var signOut = await browser.SubmitFormAsync("/test/portal", action: "/test/portal?handler=SignOut");
        await second.Services.GetRequiredService<IReadCache>().CatchUpAsync(CancellationToken.None);
        var (signedOut, _) = await onSecond.GetAsync("/test/portal/invoices");

        Assert.Equal(HttpStatusCode.OK, cookieAccepted.StatusCode);
        Assert.DoesNotContain("€25.00", before, StringComparison.Ordinal);
        Assert.Contains("€25.00", after, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);
    }

    [Fact]
    public async Task Without_its_notification_connection_the_cache_serves_nothing_stale()
    {
        // A host of its own: this one's listener stays down until its (fake) clock moves on.
        var (api, business) = await ApiClientAsync();
        var customer = new CustomerId(await CustomersApiTests.CreateCustomerAsync(api, "ada@example.com", "Ada Lovelace"));
        await AddCardAsync(Factory, business, customer);
        await using var host = new PortalFactory(Factory.ConnectionString);
        var browser = new PortalPages(host);
        await browser.SubmitFormAsync(PortalPages.PathOf(await PortalSessionTests.CreateLinkAsync(api, customer.Value)));
        await browser.GetAsync("/test/portal/invoices");

        var killed = await Database.ScalarAsync<long>(Factory, """
            SELECT count(pg_terminate_backend(pid)) FROM (
                SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND query = 'LISTEN portal_read_changes'
                ORDER BY backend_start DESC LIMIT 1) newest
            """);
        await ChargeAsync(host, Charge(business, customer, "order-1", unitAmount: 2_500, taxBasisPoints: 0));
        var (response, html) = await browser.GetAsync("/test/portal/invoices");

        Assert.Equal(1, killed);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("€25.00", html, StringComparison.Ordinal);
    }

    /// <summary>The SQL statements this test's database received through Npgsql while <paramref name="request"/> ran.</summary>
    private async Task<IReadOnlyList<string>> StatementsDuringAsync(Func<Task> request)
    {
        var database = new NpgsqlConnectionStringBuilder(Factory.ConnectionString).Database;
        var statements = new ConcurrentQueue<string>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == "Npgsql",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity =>
            {
                if (activity.TagObjects.Any(tag => tag.Value is string value && (value == database || value.Contains($"Database={database}", StringComparison.Ordinal))))
                {
                    statements.Enqueue(activity.DisplayName);
                }
            },
        };
        ActivitySource.AddActivityListener(listener);
        await request();
        return [.. statements];
    }
}
