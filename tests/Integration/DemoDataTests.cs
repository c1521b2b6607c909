using Microsoft.AspNetCore.Hosting;
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
        // Ada: Extra seats (declined), two licences, Pro ×3, Starter; Grace: her one-off, Business first period and its declined renewal, Starter.
        Assert.Equal(11, await CountAsync("billing.payments"));
        Assert.Equal(9, await CountAsync("billing.invoices"));
        Assert.Equal(2, await Database.ScalarAsync<long>(Factory, "SELECT count(*) FROM billing.payments WHERE status = 'Failed' AND failure_code = 'card_declined'"));
        Assert.Equal(0, await Database.ScalarAsync<long>(Factory, "SELECT count(*) FROM billing.payments WHERE mode = 'Live'"));
        Assert.Equal(11, await Database.ScalarAsync<long>(Factory, "SELECT count(*) FROM billing.sandbox_charges"));
    }

    [Fact]
    public async Task The_demo_has_three_tiered_plans_two_licensed_products_and_a_subscription_in_each_state_a_customer_meets()
    {
        await SeedAsync();
        await SeedAsync();

        Assert.Equal(5, await CountAsync("subscriptions.products"));
        Assert.Equal(2, await Database.ScalarAsync<long>(Factory, "SELECT count(*) FROM subscriptions.products WHERE kind = 'one_time' AND issues_license_keys"));
        Assert.Equal(3, await Database.ScalarAsync<int>(Factory, "SELECT cardinality(product_ids) FROM subscriptions.product_collections"));
        Assert.Equal(
            "active:0,cancelled:0,on_hold:4900,active:0",
            await Database.ScalarAsync<string>(Factory, "SELECT string_agg(status || ':' || dues_amount, ',' ORDER BY created_at) FROM subscriptions.subscriptions"));
        Assert.Equal(1, await Database.ScalarAsync<long>(Factory, "SELECT count(*) FROM subscriptions.subscriptions WHERE cancel_at_next_billing_date"));
        Assert.Equal(3, await Database.ScalarAsync<long>(Factory, "SELECT count(*) FROM billing.invoices i JOIN billing.payments p ON p.id = i.payment_id WHERE p.subscription_id = (SELECT id FROM subscriptions.subscriptions ORDER BY created_at LIMIT 1)"));
    }

    [Fact]
    public async Task Ada_has_one_key_with_activations_in_use_and_one_at_its_limit_and_later_starts_leave_them_be()
    {
        await SeedAsync();
        Assert.False(await ActivateLicensesAsync());
        await Factory.DrainAsync();

        Assert.True(await ActivateLicensesAsync());
        await SeedAsync();
        Assert.True(await ActivateLicensesAsync());

        Assert.Equal(
            "Desktop app licence:2/3:Ada's MacBook+Office PC,Font pack licence:1/1:Ada's MacBook",
            await Database.ScalarAsync<string>(Factory, """
                SELECT string_agg(k.product_name || ':' || k.instances_count || '/' || k.activations_limit || ':' ||
                    (SELECT string_agg(i.name, '+' ORDER BY i.name) FROM licensing.license_key_instances i WHERE i.license_key_id = k.id), ',' ORDER BY k.product_name)
                FROM licensing.license_keys k
                """));
    }

    [Theory]
    [InlineData("Production")]
    [InlineData("Staging")]
    public async Task A_host_asked_to_seed_outside_development_refuses_to_start_and_seeds_nothing(string environment)
    {
        await using var host = new PortalFactory(Factory.ConnectionString, settings: new Dictionary<string, string> { ["Demo:Seed"] = "true", ["Smtp:Host"] = "127.0.0.1" })
            .WithWebHostBuilder(builder => builder.UseEnvironment(environment));

        var refused = Record.Exception(() => host.Server);

        Assert.NotNull(refused);
        Assert.Equal(
            $"Demo:Seed is true in the {environment} environment. The demo data includes an admin account whose password is published in the README, so it is seeded only in Development: set Demo:Seed to false.",
            refused.GetBaseException().Message);
        Assert.Equal(0, await CountAsync("identity.businesses"));
    }

    private async Task<bool> ActivateLicensesAsync()
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<DemoLicenses>().ActivateAsync(CancellationToken.None);
    }

    private Task<long> CountAsync(string table) => Database.ScalarAsync<long>(Factory, $"SELECT count(*) FROM {table}");

    private async Task SeedAsync()
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DemoData>().SeedAsync(CancellationToken.None);
    }
}
