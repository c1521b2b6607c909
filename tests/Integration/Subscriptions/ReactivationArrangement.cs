using Portal.BuildingBlocks.Contracts;
using Portal.Modules.Identity.Contracts.ApiKeys;
using Portal.Modules.Subscriptions.Contracts.Subscriptions;
using Portal.Tests.Integration.Billing;
using Portal.Tests.Support;
using static Portal.Tests.Integration.Subscriptions.SubscriptionArrangement;

namespace Portal.Tests.Integration.Subscriptions;

/// <summary>An on-hold subscription and its customer's cards, for the reactivation tests.</summary>
internal static class ReactivationArrangement
{
    private const string Mastercard = "5555555555554444";

    /// <summary>
    /// A customer paying a €10 + 22% monthly plan with a Visa (the first period charged), who also saved a
    /// Mastercard that pays and a card whose charges are declined; the renewal declined → on hold, €10 due.
    /// </summary>
    public static async Task<Held> OnHoldAsync(PortalFactory factory, BusinessId? business = null, string email = "ada@example.com", bool putOnHold = true)
    {
        var (businessId, customer) = await CustomerWithCardAsync(factory, email: email, business: business);
        var good = await BillingArrangement.AddCardAsync(factory, businessId, customer, Mastercard, makeDefault: false);
        var declining = await BillingArrangement.AddCardAsync(factory, businessId, customer, BillingArrangement.ChargesFail, makeDefault: false);
        var subscription = await SubscribeAsync(factory, businessId, customer, await PlanAsync(factory, businessId));
        if (putOnHold)
        {
            subscription = await factory.SendAsync(s => s.SendAsync(new AdvanceSubscriptionCommand(businessId, Mode.Test, subscription.Id, SimulateDecline: true)));
        }

        var api = factory.CreateClient();
        api.DefaultRequestHeaders.Authorization = new("Bearer", await factory.SendAsync(s => s.SendAsync(new CreateApiKeyCommand(businessId, Mode.Test, "Test key"))));
        return new Held(businessId, customer, subscription.Id, good.PaymentMethodId, declining.PaymentMethodId, subscription, api);
    }

    /// <summary>The held subscription's customer, signed in to the portal of <paramref name="host"/> with a link made through <paramref name="api"/> (the held one's by default).</summary>
    public static async Task<PortalPages> SignInAsync(PortalFactory host, Held held, HttpClient? api = null)
    {
        var browser = new PortalPages(host);
        await browser.SubmitFormAsync(PortalPages.PathOf(await PortalSessionTests.CreateLinkAsync(api ?? held.Api, held.Customer.Value)));
        return browser;
    }

    public sealed record Held(BusinessId Business, CustomerId Customer, string Id, string GoodCard, string DecliningCard, SubscriptionDto Before, HttpClient Api);
}
