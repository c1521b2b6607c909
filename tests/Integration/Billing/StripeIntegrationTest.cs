using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.BuildingBlocks.Contracts;
using Portal.BuildingBlocks.Domain;
using Portal.Modules.Billing.Application.Abstractions;
using Portal.Modules.Billing.Application.Gateways;
using Portal.Modules.Billing.Contracts.Payments;
using Portal.Modules.Billing.Domain.PaymentMethods;
using Portal.Tests.Support.StripeEmulator;

namespace Portal.Tests.Integration.Billing;

/// <summary>The Stripe tests' common steps: a customer whose card was saved through Stripe Checkout, and a charge of it.</summary>
public abstract class StripeIntegrationTest(StripeFixture fixture) : IntegrationTest<StripeFixture>(fixture)
{
    protected FakeStripe Stripe => Fixture.FakeStripe;

    /// <summary>
    /// A business and a test-mode customer whose default card was saved the way the portal does it:
    /// a Checkout session in setup mode, finished on "Stripe's page" with <paramref name="card"/>, read
    /// back by the adapter and saved. No command saves Stripe cards yet, so the method is saved here.
    /// </summary>
    protected async Task<(BusinessId Business, string Customer)> CustomerWithStripeCardAsync(StripeTestCard card)
    {
        var (api, business) = await ApiClientAsync();
        var customer = await CustomersApiTests.CreateCustomerAsync(api);
        await Factory.DrainAsync();
        Assert.True(PrefixedId.TryParse<CustomerId>(customer, out var customerId));

        await using var scope = Factory.Services.CreateAsyncScope();
        var cardSetup = scope.ServiceProvider.GetRequiredService<IStripeCardSetup>();
        var db = scope.ServiceProvider.GetRequiredService<IBillingDbContext>();
        var account = await db.BillingAccounts.SingleAsync(a => a.CustomerId == customerId);
        var session = await cardSetup.StartAsync(
            Mode.Test, account.StripeCustomerReference, "ada@example.com", "Ada Lovelace", "https://portal.example/cards/saved", "https://portal.example/cards", default);
        account.LinkStripeCustomer(session.StripeCustomerReference);
        Stripe.CompleteCheckoutSession(session.CheckoutSessionId, card);
        var saved = await cardSetup.CompleteAsync(Mode.Test, session.CheckoutSessionId, default);
        db.PaymentMethods.Add(PaymentMethod.Save(
            business, Mode.Test, customerId, PaymentGatewayKind.Stripe, saved.PaymentMethodReference, saved.Card, isDefault: true, Factory.Time.GetUtcNow()));
        await db.SaveChangesAsync();
        return (business, customer);
    }

    /// <summary>25.00 EUR plus 22% tax: 30.50 EUR, 3050 cents at Stripe.</summary>
    protected Task<ChargeOutcome> ChargeAsync(BusinessId business, string customer, string idempotencyKey) =>
        Factory.SendAsync(s => s.SendAsync(new ChargeCustomerCommand(
            business.Value, Mode.Test, customer, idempotencyKey, "EUR", [new ChargeLine("Pro plan, one month", "prod_pro", 1, 2500, 2200)], "Pro plan")));

    protected Task<string> PaymentStatusAsync(string paymentId) =>
        Database.ScalarAsync<string>(Factory, $"SELECT status FROM billing.payments WHERE id = '{paymentId}'");

    protected Task<long> CountAsync(string sql) => Database.ScalarAsync<long>(Factory, sql);

    protected Task<long> InvoicesOfAsync(string paymentId) => CountAsync($"SELECT count(*) FROM billing.invoices WHERE payment_id = '{paymentId}'");

    protected Task<long> OutboxEventsAsync(string eventName) =>
        CountAsync($"SELECT count(*) FROM billing.outbox_messages WHERE event_type LIKE '%.{eventName}'");
}
