using Portal.BuildingBlocks.Contracts;
using Portal.Modules.Subscriptions.Contracts.Subscriptions;
using Portal.Tests.Integration.Billing;
using Portal.Tests.Integration.Subscriptions;
using Portal.Tests.Support;
using static Portal.Tests.Integration.Licensing.LicensingArrangement;

namespace Portal.Tests.Integration.Licensing;

/// <summary>Keys are issued from Billing's payment events, once per purchase and product, and follow the subscription they were bought with.</summary>
public sealed class LicenseIssuanceTests(DatabaseFixture fixture) : IntegrationTest(fixture)
{
    [Fact]
    public async Task A_paid_one_time_purchase_issues_one_active_key_with_the_products_terms()
    {
        var (business, customer) = await SubscriptionArrangement.CustomerWithCardAsync(Factory);
        var product = await LicensedProductAsync(Factory, business, activationLimit: 3, durationDays: 365);

        var outcome = await BuyAsync(Factory, business, customer, product);

        var key = Assert.Single(await KeysAsync(Factory, business, customer)).Key;
        Assert.Equal(product.Id, key.ProductId);
        Assert.Equal("Desktop app", key.ProductName);
        Assert.Equal("active", key.Status);
        Assert.Equal(3, key.ActivationsLimit);
        Assert.Equal(0, key.InstancesCount);
        Assert.Equal(outcome.PaymentId, key.PaymentId);
        Assert.Null(key.SubscriptionId);
        Assert.Equal(Factory.Time.GetUtcNow().AddDays(365), key.ExpiresAt!.Value, TimeSpan.FromSeconds(1));
        Assert.Matches("^[0-9A-Z]{5}(-[0-9A-Z]{5}){5}$", key.Key);
    }

    [Fact]
    public async Task The_customer_is_emailed_the_new_key_once_and_the_database_never_holds_it_in_clear()
    {
        var (business, customer) = await SubscriptionArrangement.CustomerWithCardAsync(Factory);
        var product = await LicensedProductAsync(Factory, business, activationLimit: 3);
        await BuyAsync(Factory, business, customer, product);
        await Factory.DrainAsync();

        var key = Assert.Single(await KeysAsync(Factory, business, customer)).Key;
        var text = await Database.ScalarAsync<string>(Factory, "SELECT text_body FROM host.dev_mailbox_messages WHERE subject = 'Your license key for Desktop app'");
        Assert.Contains(key.Key, text);
        Assert.Contains("3 devices", text);
        Assert.Equal(0L, await Database.ScalarAsync<long>(Factory, $"SELECT count(*) FROM licensing.license_keys WHERE protected_key LIKE '%{key.Key}%' OR encode(key_hash, 'escape') LIKE '%{key.Key}%'"));
        Assert.Equal(0L, await Database.ScalarAsync<long>(Factory, $"SELECT count(*) FROM hangfire.jobparameter WHERE value::text LIKE '%{key.Key}%'"));
        Assert.Equal(0L, await Database.ScalarAsync<long>(Factory, $"SELECT count(*) FROM hangfire.job WHERE arguments::text LIKE '%{key.Key}%'"));
    }

    [Fact]
    public async Task A_product_without_license_keys_or_a_declined_payment_issues_none()
    {
        var (business, customer) = await SubscriptionArrangement.CustomerWithCardAsync(Factory, BillingArrangement.ChargesFail);
        var licensed = await LicensedProductAsync(Factory, business);
        var plain = await ProductArrangement.CreateAsync(Factory, business, ProductArrangement.OneTime());

        await BuyAsync(Factory, business, customer, licensed);
        await BillingArrangement.AddCardAsync(Factory, business, customer);
        await BuyAsync(Factory, business, customer, plain);

        Assert.Empty(await KeysAsync(Factory, business, customer));
    }

    [Fact]
    public async Task The_payment_event_delivered_twice_issues_the_key_once()
    {
        var (business, customer) = await SubscriptionArrangement.CustomerWithCardAsync(Factory);
        var product = await LicensedProductAsync(Factory, business);
        await BuyAsync(Factory, business, customer, product);

        // The same event published again under a new id (a relay that crashed after publishing, say): the inbox cannot tell.
        await Database.ExecuteAsync(Factory, """
            INSERT INTO billing.outbox_messages (id, event_type, payload, occurred_on_utc)
            SELECT gen_random_uuid(), event_type, jsonb_set(payload, '{eventId}', to_jsonb(gen_random_uuid()::text)), occurred_on_utc
            FROM billing.outbox_messages WHERE event_type = 'billing.payment_succeeded'
            """);
        await Factory.DrainAsync();

        // Both deliveries were handled and committed (a failed one would have left no inbox row), and issued one key.
        Assert.Equal(2L, await Database.ScalarAsync<long>(Factory, "SELECT count(*) FROM licensing.inbox_messages WHERE handler = 'licensing.issue_license_keys'"));
        Assert.Single(await KeysAsync(Factory, business, customer));
        Assert.Equal(1L, await Database.ScalarAsync<long>(Factory, "SELECT count(*) FROM host.dev_mailbox_messages WHERE subject LIKE 'Your license key%'"));
    }

    [Fact]
    public async Task Two_purchases_of_the_product_issue_two_keys()
    {
        var (business, customer) = await SubscriptionArrangement.CustomerWithCardAsync(Factory);
        var product = await LicensedProductAsync(Factory, business);

        await BuyAsync(Factory, business, customer, product);
        await BuyAsync(Factory, business, customer, product);

        var keys = await KeysAsync(Factory, business, customer);
        Assert.Equal(2, keys.Count);
        Assert.NotEqual(keys[0].Key.Key, keys[1].Key.Key);
    }

    [Fact]
    public async Task A_subscriptions_key_is_issued_once_across_renewals_and_expires_when_access_ends()
    {
        var (business, customer) = await SubscriptionArrangement.CustomerWithCardAsync(Factory);
        var plan = await LicensedPlanAsync(Factory, business);
        var subscription = await SubscriptionArrangement.SubscribeAsync(Factory, business, customer, plan);
        await Factory.DrainAsync();
        Factory.Time.Advance(TimeSpan.FromDays(32));
        await SubscriptionArrangement.RenewAsync(Factory);
        await Factory.DrainAsync();

        var key = Assert.Single(await KeysAsync(Factory, business, customer)).Key;
        Assert.Equal(subscription.Id, key.SubscriptionId);
        Assert.Null(key.ExpiresAt);
        Assert.Equal("active", key.Status);

        await Factory.SendAsync(s => s.SendAsync(new CancelSubscriptionCommand(business, Mode.Test, subscription.Id, null, SubscriptionActor.Customer, AtPeriodEnd: true)));
        await Factory.DrainAsync();
        var renewed = await SubscriptionArrangement.GetAsync(Factory, business, subscription.Id);
        key = Assert.Single(await KeysAsync(Factory, business, customer)).Key;
        Assert.Equal(renewed.NextBillingDate, key.ExpiresAt);
        Assert.Equal("active", key.Status);

        Factory.Time.Advance(TimeSpan.FromDays(31));
        await SubscriptionArrangement.RenewAsync(Factory);
        await Factory.DrainAsync();
        Assert.Equal("expired", Assert.Single(await KeysAsync(Factory, business, customer)).Key.Status);
    }

    [Fact]
    public async Task A_key_keeps_working_while_its_subscription_is_on_hold_and_after_it_is_reactivated()
    {
        var (business, customer) = await SubscriptionArrangement.CustomerWithCardAsync(Factory);
        var plan = await LicensedPlanAsync(Factory, business);
        var subscription = await SubscriptionArrangement.SubscribeAsync(Factory, business, customer, plan);
        await Factory.DrainAsync();

        var onHold = await Factory.SendAsync(s => s.SendAsync(new AdvanceSubscriptionCommand(business, Mode.Test, subscription.Id, SimulateDecline: true)));
        await Factory.DrainAsync();
        Assert.True(onHold.IsOnHold);
        var key = Assert.Single(await KeysAsync(Factory, business, customer)).Key;
        Assert.Equal(("active", (DateTimeOffset?)null), (key.Status, key.ExpiresAt));

        var reactivated = await Factory.SendAsync(s => s.SendAsync(new AdvanceSubscriptionCommand(business, Mode.Test, subscription.Id, SimulateDecline: false)));
        await Factory.DrainAsync();
        Assert.Equal(SubscriptionStatus.Active, reactivated.Status);
        key = Assert.Single(await KeysAsync(Factory, business, customer)).Key;
        Assert.Equal(("active", (DateTimeOffset?)null), (key.Status, key.ExpiresAt));
    }

    [Fact]
    public async Task Cancelling_now_expires_the_subscriptions_key_at_once()
    {
        var (business, customer) = await SubscriptionArrangement.CustomerWithCardAsync(Factory);
        var plan = await LicensedPlanAsync(Factory, business);
        var subscription = await SubscriptionArrangement.SubscribeAsync(Factory, business, customer, plan);
        await Factory.DrainAsync();

        await Factory.SendAsync(s => s.SendAsync(new CancelSubscriptionCommand(business, Mode.Test, subscription.Id, null, SubscriptionActor.Merchant, AtPeriodEnd: false)));
        await Factory.DrainAsync();

        var key = Assert.Single(await KeysAsync(Factory, business, customer)).Key;
        Assert.Equal("expired", key.Status);
        Assert.Equal(Factory.Time.GetUtcNow(), key.ExpiresAt!.Value, TimeSpan.FromSeconds(1));
    }

    [Fact]
    public async Task Undoing_a_scheduled_cancellation_gives_the_key_back_its_open_end()
    {
        var (business, customer) = await SubscriptionArrangement.CustomerWithCardAsync(Factory);
        var plan = await LicensedPlanAsync(Factory, business);
        var subscription = await SubscriptionArrangement.SubscribeAsync(Factory, business, customer, plan);
        await Factory.DrainAsync();

        await Factory.SendAsync(s => s.SendAsync(new CancelSubscriptionCommand(business, Mode.Test, subscription.Id, null, SubscriptionActor.Customer, AtPeriodEnd: true)));
        await Factory.DrainAsync();
        Assert.NotNull(Assert.Single(await KeysAsync(Factory, business, customer)).Key.ExpiresAt);

        await Factory.SendAsync(s => s.SendAsync(new UpdateSubscriptionCommand(
            business, Mode.Test, subscription.Id, null, SubscriptionActor.Customer, CancelAtNextBillingDate: false)));
        await Factory.DrainAsync();
        Assert.Null(Assert.Single(await KeysAsync(Factory, business, customer)).Key.ExpiresAt);
    }
}
