namespace Portal.Host.Demo;

/// <summary>
/// The demo's products and subscriptions (test mode): three tiered plans in a collection, two one-time
/// products with license keys that Ada bought, and a subscription in each state a customer may meet. Renewals are
/// rehearsed with test mode's time travel, so they are real charges and invoices. Seeded once: a
/// later start finds the products and stops.
/// </summary>
internal static class DemoSubscriptions
{
    private static readonly BillingAddressInput London = new("GB", null, "London", "12 St James's Square", "SW1Y 4JH");
    private static readonly BillingAddressInput Arlington = new("US", "VA", "Arlington", "1000 Navy Pentagon", "20350");

    public static async Task SeedAsync(ISender sender, BusinessId business, CustomerId ada, CustomerId grace, CancellationToken cancellationToken)
    {
        if ((await sender.QueryAsync(new ListProductsQuery(business, Mode.Test, null, null, 0, 1), cancellationToken)).Count > 0)
        {
            return;
        }

        var starter = await PlanAsync(sender, business, "Starter", "For one person getting started.", 900, cancellationToken);
        var pro = await PlanAsync(sender, business, "Pro", "For professionals: every feature, priority support.", 1_900, cancellationToken);
        var team = await PlanAsync(sender, business, "Business", "For teams: up to 20 seats and single sign-on.", 4_900, cancellationToken);
        await sender.SendAsync(new SaveProductCollectionCommand(business, Mode.Test, null, "Plans", "Starter, Pro and Business, lowest first.", [starter.Id, pro.Id, team.Id]), cancellationToken);
        // Customers can move between the three plans: upgrades charged pro rata now, downgrades credited.
        await sender.SendAsync(new SavePlanChangeSettingsCommand(business, true, "prorated_immediately", "prorated_immediately"), cancellationToken);
        var desktop = await sender.SendAsync(
            new CreateProductCommand(business, Mode.Test, new ProductInput("Desktop app licence", "A perpetual licence for up to three computers.", "one_time", 7_900, "EUR", 2_200, null, null, null, true, 3, null)),
            cancellationToken);
        var fonts = await sender.SendAsync(
            new CreateProductCommand(business, Mode.Test, new ProductInput("Font pack licence", "A yearly licence of the font pack for one computer.", "one_time", 2_900, "EUR", 2_200, null, null, null, true, 1, 365)),
            cancellationToken);

        // Ada buys both licences: their keys are issued from the payments (DemoLicenses activates them).
        foreach (var licence in new[] { desktop, fonts })
        {
            await sender.SendAsync(
                new ChargeCustomerCommand(business.Value, Mode.Test, ada.Value, $"demo-{licence.Id}", licence.Currency, [new ChargeLine(licence.Name, licence.Id, 1, licence.Price, licence.TaxRateBasisPoints)], licence.Name),
                cancellationToken);
        }

        // Ada: Pro, renewed twice (three paid invoices), and a Starter she cancelled.
        var adasPro = await SubscribeAsync(sender, business, ada, pro, London, cancellationToken);
        for (var renewal = 0; renewal < 2; renewal++)
        {
            await sender.SendAsync(new AdvanceSubscriptionCommand(business, Mode.Test, adasPro.Id, SimulateDecline: false), cancellationToken);
        }

        var adasStarter = await SubscribeAsync(sender, business, ada, starter, London, cancellationToken);
        await sender.SendAsync(new CancelSubscriptionCommand(business, Mode.Test, adasStarter.Id, ada, SubscriptionActor.Customer, AtPeriodEnd: false), cancellationToken);

        // Grace: Business, switched to her card that declines, so its renewal put it on hold with dues; and a Starter ending with its period.
        var gracesBusiness = await SubscribeAsync(sender, business, grace, team, Arlington, cancellationToken);
        var decliningCard = (await sender.QueryAsync(new ListPaymentMethodsQuery(business, Mode.Test, grace), cancellationToken)).First(c => c.LastFour == "0341");
        await sender.SendAsync(
            new ChangeSubscriptionPaymentMethodCommand(business, Mode.Test, gracesBusiness.Id, null, SubscriptionActor.Merchant, decliningCard.PaymentMethodId), cancellationToken);
        await sender.SendAsync(new AdvanceSubscriptionCommand(business, Mode.Test, gracesBusiness.Id, SimulateDecline: false), cancellationToken);

        var gracesStarter = await SubscribeAsync(sender, business, grace, starter, Arlington, cancellationToken);
        await sender.SendAsync(new CancelSubscriptionCommand(business, Mode.Test, gracesStarter.Id, grace, SubscriptionActor.Customer, AtPeriodEnd: true), cancellationToken);
    }

    private static Task<ProductDto> PlanAsync(ISender sender, BusinessId business, string name, string description, long price, CancellationToken cancellationToken) =>
        sender.SendAsync(
            new CreateProductCommand(business, Mode.Test, new ProductInput(name, description, "subscription", price, "EUR", 2_200, "month", 1, null, false, null, null)),
            cancellationToken);

    private static Task<SubscriptionDto> SubscribeAsync(
        ISender sender, BusinessId business, CustomerId customer, ProductDto plan, BillingAddressInput billing, CancellationToken cancellationToken) =>
        sender.SendAsync(new CreateSubscriptionCommand(business, Mode.Test, customer.Value, plan.Id, 1, null, billing, SubscriptionActor.Merchant), cancellationToken);
}
