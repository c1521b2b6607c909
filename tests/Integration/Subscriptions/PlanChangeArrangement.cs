using Portal.BuildingBlocks.Contracts;
using Portal.BuildingBlocks.Domain;
using Portal.Modules.Billing.Contracts.Credits;
using Portal.Modules.Subscriptions.Contracts.PlanChanges;
using Portal.Modules.Subscriptions.Contracts.Products;
using Portal.Modules.Subscriptions.Contracts.Subscriptions;
using Portal.Tests.Support;

namespace Portal.Tests.Integration.Subscriptions;

/// <summary>A business with three tiers (Basic 10 €, Pro 25 €, Team 50 €, 22% tax) in one collection, updates allowed, and a subscribed customer.</summary>
internal static class PlanChangeArrangement
{
    public static async Task<Tiers> TiersAsync(PortalFactory factory, string startOn = "basic", bool allowUpdates = true, string card = Billing.BillingArrangement.Visa)
    {
        var (business, customer) = await SubscriptionArrangement.CustomerWithCardAsync(factory, card);
        var basic = await SubscriptionArrangement.PlanAsync(factory, business, 1_000, name: "Basic");
        var pro = await SubscriptionArrangement.PlanAsync(factory, business, 2_500, name: "Pro");
        var team = await SubscriptionArrangement.PlanAsync(factory, business, 5_000, name: "Team");
        await ProductArrangement.CreateCollectionAsync(factory, business, "Plans", [basic.Id, pro.Id, team.Id]);
        await AllowAsync(factory, business, allowUpdates);
        var subscription = await SubscriptionArrangement.SubscribeAsync(factory, business, customer, startOn switch { "pro" => pro, "team" => team, _ => basic });
        return new Tiers(business, customer, basic, pro, team, subscription.Id);
    }

    public static Task<PlanChangeSettingsDto> AllowAsync(PortalFactory factory, BusinessId business, bool allow, string upgrade = "prorated_immediately", string downgrade = "prorated_immediately") =>
        factory.SendAsync(s => s.SendAsync(new SavePlanChangeSettingsCommand(business, allow, upgrade, downgrade)));

    public static Task<PlanChangeResultDto> ChangeAsync(
        PortalFactory factory, Tiers tiers, ProductDto to, string? mode = "difference_immediately", int quantity = 1, CustomerId? customer = null) =>
        factory.SendAsync(s => s.SendAsync(new ChangeSubscriptionPlanCommand(
            tiers.Business, Mode.Test, tiers.SubscriptionId, customer, customer is null ? SubscriptionActor.Merchant : SubscriptionActor.Customer, to.Id, quantity, mode)));

    public static async Task<long> CreditAsync(PortalFactory factory, Tiers tiers) =>
        (await factory.SendAsync(s => s.QueryAsync(new GetCustomerCreditQuery(tiers.Business.Value, Mode.Test, tiers.Customer.Value))))
        .FirstOrDefault(b => b.Currency == "EUR")?.Amount ?? 0;

    public static Task<long> SucceededPaymentsAsync(PortalFactory factory, string keyPrefix) =>
        Database.ScalarAsync<long>(factory, $"SELECT count(*) FROM billing.payments WHERE idempotency_key LIKE '{keyPrefix}%' AND status = 'Succeeded'");

    public static Task<long> GatewayAmountsAsync(PortalFactory factory) =>
        Database.ScalarAsync<long>(factory, "SELECT coalesce(sum(amount), 0)::bigint FROM billing.sandbox_charges WHERE status = 'succeeded'");
}

internal sealed record Tiers(BusinessId Business, CustomerId Customer, ProductDto Basic, ProductDto Pro, ProductDto Team, string SubscriptionId);
