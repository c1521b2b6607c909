using System.Globalization;
using Portal.BuildingBlocks.Application.Messaging;
using Portal.BuildingBlocks.Contracts;
using Portal.Modules.Billing.Contracts.PaymentMethods;
using Portal.Modules.Billing.Contracts.Payments;
using Portal.Modules.Identity.Contracts.ApiKeys;
using Portal.Modules.Identity.Contracts.Businesses;
using Portal.Modules.Identity.Contracts.Customers;
using Portal.Modules.Subscriptions.Contracts.Products;
using Portal.Modules.Subscriptions.Contracts.Subscriptions;

namespace Portal.Bench.Host;

/// <summary>
/// The part of the bench dataset made through the real commands: a business and its test-mode API key,
/// two customers with a saved sandbox card, ten charges for one and a single charge for the other. Ten
/// thousand charges through the sandbox would take minutes, so <c>bench/invoices.sql</c> copies that single
/// payment and its invoice instead, which keeps every column exactly as the app writes it. A third
/// customer buys a desktop app that issues license keys and subscribes to a monthly plan: that
/// subscription is what <c>bench/subscription-copies.sql</c> copies into the crowd of customers with a
/// hundred subscriptions each.
/// </summary>
internal static class BenchSeed
{
    public const int FewInvoices = 10;

    private static readonly ChargeLine ProPlanMonth = new("Pro plan, one month", "prod_bench_pro", 1, 1_900, 2_200);

    public static async Task<BenchDataset> RunAsync(ISender sender, TimeProvider time, CancellationToken cancellationToken)
    {
        var business = await sender.SendAsync(
            new CreateBusinessCommand(null, "Bench Software", "#0f766e", null, "support@bench.example"), cancellationToken);
        var apiKey = await sender.SendAsync(new CreateApiKeyCommand(business, Mode.Test, "bench/run"), cancellationToken);
        var few = await CustomerWithCardAsync(sender, time, business, "few@bench.example", "Few Invoices", cancellationToken);
        var many = await CustomerWithCardAsync(sender, time, business, "many@bench.example", "Many Invoices", cancellationToken);

        string? fewPayment = null;
        for (var i = 1; i <= FewInvoices; i++)
        {
            fewPayment = await ChargeAsync(sender, business, few, $"few-{i}", ProPlanMonth, cancellationToken);
        }

        var app = await sender.SendAsync(
            new CreateProductCommand(business, Mode.Test, new ProductInput("Bench desktop app", null, "one_time", 4_900, "EUR", 2_200, null, null, null, true, 5, null)),
            cancellationToken);
        var licensee = await CustomerWithCardAsync(sender, time, business, "licensee@bench.example", "License Owner", cancellationToken);
        await ChargeAsync(sender, business, licensee, "license-1", new ChargeLine(app.Name, app.Id, 1, app.Price, app.TaxRateBasisPoints), cancellationToken);
        // The same customer subscribes, so the subscriptions page has one to show (its first period is charged and invoiced too).
        var plan = await sender.SendAsync(
            new CreateProductCommand(business, Mode.Test, new ProductInput("Bench team plan", null, "subscription", 1_900, "EUR", 2_200, "month", 1, null, false, null, null)),
            cancellationToken);
        var subscription = await sender.SendAsync(
            new CreateSubscriptionCommand(
                business, Mode.Test, licensee.Value, plan.Id, 1, null, new BillingAddressInput("IT", "RM", "Roma", "Via del Corso 1", "00186"), SubscriptionActor.Merchant),
            cancellationToken);

        // Last: bench/invoices.sql continues the invoice numbering from this one.
        var manyTemplate = await ChargeAsync(sender, business, many, "many-1", ProPlanMonth, cancellationToken);
        return new BenchDataset(business.Value, apiKey, few.Value, many.Value, fewPayment!, manyTemplate, licensee.Value, subscription.Id);
    }

    internal static async Task<CustomerId> CustomerWithCardAsync(
        ISender sender, TimeProvider time, BusinessId business, string email, string name, CancellationToken cancellationToken)
    {
        var customer = (await sender.SendAsync(new CreateCustomerCommand(business, Mode.Test, email, name, null, null), cancellationToken)).CustomerId;
        await sender.SendAsync(
            new AddSandboxCardCommand(business, Mode.Test, customer, "4242424242424242", 12, time.GetUtcNow().Year + 2, MakeDefault: true), cancellationToken);
        return customer;
    }

    internal static async Task<string> ChargeAsync(
        ISender sender, BusinessId business, CustomerId customer, string idempotencyKey, ChargeLine line, CancellationToken cancellationToken)
    {
        var outcome = await sender.SendAsync(
            new ChargeCustomerCommand(
                business.Value,
                Mode.Test,
                customer.Value,
                idempotencyKey,
                "EUR",
                [line],
                line.Description),
            cancellationToken);
        return outcome.Status == ChargeStatus.Succeeded
            ? outcome.PaymentId
            : throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"The bench charge {idempotencyKey} ended {outcome.Status}, not Succeeded."));
    }
}
