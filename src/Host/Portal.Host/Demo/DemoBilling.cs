namespace Portal.Host.Demo;

/// <summary>
/// The demo's cards and one-off payments (subscriptions charge through <see cref="DemoSubscriptions"/>), in test mode only (live mode has no gateway without Stripe keys),
/// made through the same commands as real ones. Fixed idempotency keys make every later start a no-op.
/// </summary>
internal static class DemoBilling
{
    private const string Visa = "4242424242424242";
    private const string DeclinesCharges = "4000000000000341";

    public static async Task SeedAsync(ISender sender, BusinessId business, CustomerId ada, CustomerId grace, int expiryYear, CancellationToken cancellationToken)
    {
        await EnsureCardsAsync(sender, business, ada, [Visa, DeclinesCharges], expiryYear, cancellationToken);
        await EnsureCardsAsync(sender, business, grace, [Visa, DeclinesCharges], expiryYear, cancellationToken);

        var adasCards = await sender.QueryAsync(new ListPaymentMethodsQuery(business, Mode.Test, ada), cancellationToken);
        var declining = adasCards.First(c => c.LastFour == "0341").PaymentMethodId;
        await ChargeAsync(sender, business, ada, "demo-ada-extra-seats", "Extra seats", 2_500, declining, cancellationToken);
        await ChargeAsync(sender, business, grace, "demo-grace-onboarding", "Onboarding call", 900, null, cancellationToken);
    }

    private static async Task EnsureCardsAsync(ISender sender, BusinessId business, CustomerId customer, string[] numbers, int expiryYear, CancellationToken cancellationToken)
    {
        if ((await sender.QueryAsync(new ListPaymentMethodsQuery(business, Mode.Test, customer), cancellationToken)).Count > 0)
        {
            return;
        }

        foreach (var number in numbers)
        {
            await sender.SendAsync(new AddSandboxCardCommand(business, Mode.Test, customer, number, 12, expiryYear, MakeDefault: false), cancellationToken);
        }
    }

    private static Task<ChargeOutcome> ChargeAsync(
        ISender sender, BusinessId business, CustomerId customer, string key, string description, long unitAmount, string? paymentMethodId, CancellationToken cancellationToken) =>
        sender.SendAsync(
            new ChargeCustomerCommand(
                business.Value, Mode.Test, customer.Value, key, "EUR", [new ChargeLine(description, "prod_demo_pro", 1, unitAmount, 2_200)], description, paymentMethodId),
            cancellationToken);
}
