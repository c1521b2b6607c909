using Microsoft.Extensions.DependencyInjection;
using Portal.Host.Demo;
using Portal.Tests.Support;

namespace Portal.Tests.Integration;

/// <summary>The run command's demo world (README, "Demo data"): made through real commands, and safe to seed at every start.</summary>
public sealed class DemoDataTests(DatabaseFixture fixture) : IntegrationTest(fixture)
{
    [Fact]
    public async Task Seeding_twice_gives_the_documented_cards_invoices_and_failed_payment_once()
    {
        await SeedAsync();
        await SeedAsync();

        Assert.Equal(4, await CountAsync("billing.payment_methods"));
        // Ada: Extra seats (declined), Pro ×3, Starter; Grace: her one-off, Business first period and its declined renewal, Starter.
        Assert.Equal(9, await CountAsync("billing.payments"));
        Assert.Equal(7, await CountAsync("billing.invoices"));
        Assert.Equal(2, await Database.ScalarAsync<long>(Factory, "SELECT count(*) FROM billing.payments WHERE status = 'Failed' AND failure_code = 'card_declined'"));
        Assert.Equal(0, await Database.ScalarAsync<long>(Factory, "SELECT count(*) FROM billing.payments WHERE mode = 'Live'"));
        Assert.Equal(9, await Database.ScalarAsync<long>(Factory, "SELECT count(*) FROM billing.sandbox_charges"));
    }

    [Fact]
    public async Task The_demo_has_three_tiered_plans_a_licensed_product_and_a_subscription_in_each_state_a_customer_meets()
    {
        await SeedAsync();
        await SeedAsync();

        Assert.Equal(4, await CountAsync("subscriptions.products"));
        Assert.Equal(1, await Database.ScalarAsync<long>(Factory, "SELECT count(*) FROM subscriptions.products WHERE kind = 'OneTime' AND issues_license_keys"));
        Assert.Equal(3, await Database.ScalarAsync<int>(Factory, "SELECT cardinality(product_ids) FROM subscriptions.product_collections"));
        Assert.Equal(
            "Active:0,Cancelled:0,OnHold:4900,Active:0",
            await Database.ScalarAsync<string>(Factory, "SELECT string_agg(status || ':' || dues_amount, ',' ORDER BY created_at) FROM subscriptions.subscriptions"));
        Assert.Equal(1, await Database.ScalarAsync<long>(Factory, "SELECT count(*) FROM subscriptions.subscriptions WHERE cancel_at_next_billing_date"));
        Assert.Equal(3, await Database.ScalarAsync<long>(Factory, "SELECT count(*) FROM billing.invoices i JOIN billing.payments p ON p.id = i.payment_id WHERE p.subscription_id = (SELECT id FROM subscriptions.subscriptions ORDER BY created_at LIMIT 1)"));
    }

    private Task<long> CountAsync(string table) => Database.ScalarAsync<long>(Factory, $"SELECT count(*) FROM {table}");

    private async Task SeedAsync()
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DemoData>().SeedAsync(CancellationToken.None);
    }
}
