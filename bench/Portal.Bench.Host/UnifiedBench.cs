using Portal.BuildingBlocks.Application.Messaging;
using Portal.BuildingBlocks.Contracts;
using Portal.Modules.Billing.Contracts.Payments;
using Portal.Modules.Identity.Contracts.ApiKeys;
using Portal.Modules.Identity.Contracts.Businesses;
using Portal.Modules.Subscriptions.Contracts.Products;
using Portal.Modules.Subscriptions.Contracts.Subscriptions;

namespace Portal.Bench.Host;

/// <summary>
/// <c>/bench/unified/seed</c>, for <c>bench/unified</c>: one email a customer at several businesses, each with a saved
/// card, a monthly plan (its first period charged and invoiced) and a desktop app whose purchase issues a license key,
/// all through the real commands. The first business's API key signs its customer in to that business alone: the
/// single-business overview the unified dashboard is measured against.
/// </summary>
internal static class UnifiedBench
{
    public const string Email = "unified@bench.example";

    public static async Task<UnifiedDataset> SeedAsync(ISender sender, TimeProvider time, int businesses, CancellationToken cancellationToken)
    {
        if (businesses is < 1 or > 200)
        {
            throw new ArgumentOutOfRangeException(nameof(businesses), businesses, "between 1 and 200");
        }

        string? apiKey = null;
        string? overviewCustomer = null;
        for (var i = 1; i <= businesses; i++)
        {
            var business = await sender.SendAsync(
                new CreateBusinessCommand(null, $"Unified Bench {i:00}", "#0f766e", null, "support@bench.example"), cancellationToken);
            var customer = await BenchSeed.CustomerWithCardAsync(sender, time, business, Email, "Unified Customer", cancellationToken);
            if (i == 1)
            {
                apiKey = await sender.SendAsync(new CreateApiKeyCommand(business, Mode.Test, "bench/unified"), cancellationToken);
                overviewCustomer = customer.Value;
            }

            var plan = await sender.SendAsync(
                new CreateProductCommand(business, Mode.Test, new ProductInput($"Team plan {i:00}", null, "subscription", 1_900, "EUR", 2_200, "month", 1, null, false, null, null)),
                cancellationToken);
            await sender.SendAsync(
                new CreateSubscriptionCommand(
                    business, Mode.Test, customer.Value, plan.Id, 1, null, new BillingAddressInput("IT", "RM", "Roma", "Via del Corso 1", "00186"), SubscriptionActor.Merchant),
                cancellationToken);
            var app = await sender.SendAsync(
                new CreateProductCommand(business, Mode.Test, new ProductInput($"Desktop app {i:00}", null, "one_time", 4_900, "EUR", 2_200, null, null, null, true, 5, null)),
                cancellationToken);
            await BenchSeed.ChargeAsync(sender, business, customer, $"app-{i}", new ChargeLine(app.Name, app.Id, 1, app.Price, app.TaxRateBasisPoints), cancellationToken);
        }

        return new UnifiedDataset(apiKey!, overviewCustomer!, Email, businesses);
    }
}

/// <summary>What <c>/bench/unified/seed</c> made: the overview's API key and customer, and the email signed in to all the businesses.</summary>
internal sealed record UnifiedDataset(string ApiKey, string OverviewCustomerId, string Email, int Businesses);
