using Portal.BuildingBlocks.Contracts;
using Portal.Modules.Identity.Contracts.Businesses;
using Portal.Modules.Identity.Contracts.Customers;
using Portal.Modules.Subscriptions.Contracts.Products;
using Portal.Modules.Subscriptions.Contracts.Subscriptions;
using Portal.Tests.Integration.Billing;
using Portal.Tests.Support;

namespace Portal.Tests.Integration.Subscriptions;

/// <summary>The usual arrange steps of subscription tests: a business with a monthly plan, a customer with a test card, a subscription.</summary>
internal static class SubscriptionArrangement
{
    public static readonly BillingAddressInput Rome = new("IT", "RM", "Roma", "Via del Corso 1", "00186");

    public static async Task<ProductDto> PlanAsync(
        PortalFactory factory, BusinessId business, long price = 1_000, string unit = "month", int count = 1, int? termPeriods = null, Mode mode = Mode.Test, string name = "Pro plan") =>
        await factory.SendAsync(s => s.SendAsync(new CreateProductCommand(
            business, mode, new ProductInput(name, null, "subscription", price, "EUR", 2_200, unit, count, termPeriods, false, null, null))));

    public static async Task<(BusinessId Business, CustomerId Customer)> CustomerWithCardAsync(
        PortalFactory factory, string card = BillingArrangement.Visa, string email = "ada@example.com", BusinessId? business = null)
    {
        var businessId = business ?? await factory.SendAsync(s => s.SendAsync(new CreateBusinessCommand(null, "Acme Software", "#0f766e", null, "support@acme.example")));
        var customer = await factory.SendAsync(s => s.SendAsync(new CreateCustomerCommand(businessId, Mode.Test, email, "Ada Lovelace", null, null)));
        var customerId = customer.CustomerId;
        await BillingArrangement.AddCardAsync(factory, businessId, customerId, card);
        return (businessId, customerId);
    }

    public static Task<SubscriptionDto> SubscribeAsync(PortalFactory factory, BusinessId business, CustomerId customer, ProductDto plan, int quantity = 1, string? paymentMethodId = null) =>
        factory.SendAsync(s => s.SendAsync(new CreateSubscriptionCommand(business, Mode.Test, customer.Value, plan.Id, quantity, paymentMethodId, Rome, SubscriptionActor.Merchant)));

    public static Task<SubscriptionDto> GetAsync(PortalFactory factory, BusinessId business, string subscriptionId) =>
        factory.SendAsync(s => s.QueryAsync(new GetSubscriptionQuery(business, Mode.Test, subscriptionId, null)));

    public static Task<IReadOnlyList<SubscriptionTransitionDto>> HistoryAsync(PortalFactory factory, BusinessId business, string subscriptionId) =>
        factory.SendAsync(s => s.QueryAsync(new ListSubscriptionHistoryQuery(business, Mode.Test, subscriptionId, null)));

    public static Task<int> RenewAsync(PortalFactory factory) => factory.SendAsync(s => s.SendAsync(new RenewDueSubscriptionsCommand()));

    public static Task<int> CollectDuesAsync(PortalFactory factory) => factory.SendAsync(s => s.SendAsync(new CollectDuesCommand()));
}
