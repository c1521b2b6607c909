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

        Assert.Equal(3, await CountAsync("billing.payment_methods"));
        Assert.Equal(5, await CountAsync("billing.payments"));
        Assert.Equal(4, await CountAsync("billing.invoices"));
        Assert.Equal(1, await Database.ScalarAsync<long>(Factory, "SELECT count(*) FROM billing.payments WHERE status = 'Failed' AND failure_code = 'card_declined'"));
        Assert.Equal(0, await Database.ScalarAsync<long>(Factory, "SELECT count(*) FROM billing.payments WHERE mode = 'Live'"));
        Assert.Equal(5, await Database.ScalarAsync<long>(Factory, "SELECT count(*) FROM billing.sandbox_charges"));
    }

    private Task<long> CountAsync(string table) => Database.ScalarAsync<long>(Factory, $"SELECT count(*) FROM {table}");

    private async Task SeedAsync()
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DemoData>().SeedAsync(CancellationToken.None);
    }
}
