using System.Diagnostics;
using System.Globalization;
using Portal.BuildingBlocks.Application.Messaging;
using Portal.BuildingBlocks.Contracts.Messaging;
using Portal.BuildingBlocks.Contracts;
using Portal.Modules.Billing.Contracts.PaymentMethods;
using Portal.Modules.Identity.Contracts.Businesses;
using Portal.Modules.Identity.Contracts.Customers;
using Portal.Modules.Subscriptions.Contracts.Products;
using Portal.Modules.Subscriptions.Contracts.Subscriptions;

namespace Portal.Bench.Host;

/// <summary>
/// The host's side of <c>bench/renewals</c> (docs/performance.md, "Renewals"). <see cref="SeedAsync"/> makes,
/// through the real commands, a business with a monthly plan and one customer with a saved sandbox Visa
/// subscribed to it (first payment charged, paid and invoiced by the app); <c>bench/subscription-copies.sql</c>
/// then copies that customer, card, subscription, history, payment, invoice and sandbox charge N times,
/// column for column, with the copies' periods already over (and, for the dues run, <c>bench/dues-seed.sql</c>
/// puts them on hold). <see cref="RunAsync"/> is the timed part: the renewal or the dues collection job's own
/// command, exactly as the Hangfire job sends it.
/// </summary>
internal static class RenewalsBench
{
    public static async Task<RenewalsDataset> SeedAsync(ISender sender, TimeProvider time, CancellationToken cancellationToken)
    {
        var business = await sender.SendAsync(
            new CreateBusinessCommand(null, "Renewals Bench", "#0f766e", null, "support@renewals.example"), cancellationToken);
        var plan = await sender.SendAsync(
            new CreateProductCommand(business, Mode.Test, new ProductInput("Pro plan", null, "subscription", 1_900, "EUR", 2_200, "month", 1, null, false, null, null)),
            cancellationToken);
        var customer = (await sender.SendAsync(
            new CreateCustomerCommand(business, Mode.Test, "template@renewals.example", "Template Subscriber", null, null), cancellationToken)).CustomerId;
        await sender.SendAsync(
            new AddSandboxCardCommand(business, Mode.Test, customer, "4242424242424242", 12, time.GetUtcNow().Year + 2, MakeDefault: true), cancellationToken);
        var subscription = await sender.SendAsync(
            new CreateSubscriptionCommand(
                business, Mode.Test, customer.Value, plan.Id, 1, null, new BillingAddressInput("IT", "RM", "Roma", "Via del Corso 1", "00186"), SubscriptionActor.Merchant),
            cancellationToken);
        return subscription.Status == SubscriptionStatus.Active
            ? new RenewalsDataset(business.Value, plan.Id, customer.Value, subscription.Id, subscription.LatestPaymentId!)
            : throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"The template subscription is {subscription.Status}, not active."));
    }

    /// <summary>One run of a job, timed around its command alone: <c>renewals</c> (the default) or <c>dues</c>.</summary>
    public static async Task<IResult> RunAsync(ISender sender, string? work, CancellationToken cancellationToken)
    {
        ICommand<int>? command = work switch
        {
            null or "renewals" => new RenewDueSubscriptionsCommand(),
            "dues" => new CollectDuesCommand(),
            _ => null,
        };
        if (command is null)
        {
            return TypedResults.BadRequest(new { error = "work is renewals or dues" });
        }

        var started = Stopwatch.GetTimestamp();
        var changed = await sender.SendAsync(command, cancellationToken);
        return TypedResults.Ok(new RenewalsRun(changed, Stopwatch.GetElapsedTime(started).TotalMilliseconds));
    }
}

/// <summary>What <c>/bench/renewals/seed</c> made, for <c>bench/subscription-copies.sql</c> to copy.</summary>
internal sealed record RenewalsDataset(string BusinessId, string ProductId, string TemplateCustomerId, string TemplateSubscriptionId, string TemplatePaymentId);

/// <summary>The answer of <c>/bench/renewals/run</c>: how many subscriptions the command changed and how long it took.</summary>
internal sealed record RenewalsRun(int Changed, double ElapsedMs);
