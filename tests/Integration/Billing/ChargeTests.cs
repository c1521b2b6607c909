using Microsoft.Extensions.DependencyInjection;
using Portal.BuildingBlocks.Contracts;
using Portal.BuildingBlocks.Domain;
using Portal.Modules.Billing.Contracts.Payments;
using Portal.Modules.Billing.Infrastructure.Gateways.Sandbox;
using Portal.Tests.Support;
using static Portal.Tests.Integration.Billing.BillingArrangement;

namespace Portal.Tests.Integration.Billing;

/// <summary>The one charge path: attempts saved first, idempotency, outcomes, invoices, emails and reconciliation.</summary>
public sealed class ChargeTests(DatabaseFixture fixture) : IntegrationTest(fixture)
{
    [Fact]
    public async Task A_successful_charge_is_priced_by_the_server_invoiced_and_emailed()
    {
        var (business, customer) = await CustomerWithCardAsync();

        var outcome = await ChargeAsync(Factory, Charge(business, customer, "renewal-1", unitAmount: 1_000, quantity: 3, taxBasisPoints: 2_200));
        await Factory.DrainAsync();

        Assert.Equal(ChargeStatus.Succeeded, outcome.Status);
        Assert.Equal(3_660, outcome.Total);
        Assert.NotNull(outcome.InvoiceId);
        Assert.Equal($"TEST-{Factory.Time.GetUtcNow().Year}-000001", await Database.ScalarAsync<string>(Factory, $"SELECT number FROM billing.invoices WHERE payment_id = '{outcome.PaymentId}'"));
        Assert.Equal(1, await Database.ScalarAsync<long>(Factory, "SELECT count(*) FROM host.dev_mailbox_messages WHERE subject = 'Payment received by Acme Software'"));
    }

    [Theory]
    [InlineData(ChargesFail, "card_declined")]
    [InlineData(InsufficientFunds, "insufficient_funds")]
    public async Task A_declined_charge_fails_with_its_reason_no_invoice_and_a_failure_email(string card, string reason)
    {
        var (business, customer) = await CustomerWithCardAsync(card);

        var outcome = await ChargeAsync(Factory, Charge(business, customer, "renewal-1"));
        await Factory.DrainAsync();

        Assert.Equal(ChargeStatus.Failed, outcome.Status);
        Assert.Equal(reason, outcome.FailureCode);
        Assert.Null(outcome.InvoiceId);
        Assert.Equal(0, await Database.ScalarAsync<long>(Factory, "SELECT count(*) FROM billing.invoices"));
        Assert.Equal(1, await Database.ScalarAsync<long>(Factory, "SELECT count(*) FROM host.dev_mailbox_messages WHERE subject = 'Your payment to Acme Software did not go through'"));
    }

    [Fact]
    public async Task Asking_twice_with_one_key_answers_the_first_payment_and_charges_once()
    {
        var (business, customer) = await CustomerWithCardAsync();

        var first = await ChargeAsync(Factory, Charge(business, customer, "dues-42"));
        var second = await ChargeAsync(Factory, Charge(business, customer, "dues-42"));

        Assert.Equal(first, second);
        Assert.Equal(1, await GatewayChargesAsync(Factory));
    }

    [Fact]
    public async Task Twenty_concurrent_requests_for_one_attempt_charge_the_gateway_once()
    {
        var (business, customer) = await CustomerWithCardAsync();

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Task.Run(() => ChargeAsync(Factory, Charge(business, customer, "renewal-2026-11")))));

        Assert.Single(outcomes.Select(o => o.PaymentId).Distinct());
        Assert.All(outcomes, o => Assert.Equal(ChargeStatus.Succeeded, o.Status));
        Assert.Equal(1, await GatewayChargesAsync(Factory));
        Assert.Equal(1, await Database.ScalarAsync<long>(Factory, "SELECT count(*) FROM billing.invoices"));
    }

    [Fact]
    public async Task A_key_reused_for_a_different_charge_is_refused_and_charges_nothing_more()
    {
        var (business, customer) = await CustomerWithCardAsync();
        await ChargeAsync(Factory, Charge(business, customer, "order-7", unitAmount: 1_000));

        var error = await Assert.ThrowsAsync<DomainException>(() => ChargeAsync(Factory, Charge(business, customer, "order-7", unitAmount: 9_999)));

        Assert.Equal("IDEMPOTENCY_KEY_REUSED", error.Error.Code);
        Assert.Equal(1, await GatewayChargesAsync(Factory));
    }

    [Fact]
    public async Task A_gateway_timeout_after_charging_leaves_the_payment_processing_and_the_retry_charges_nobody_twice()
    {
        var (business, customer) = await CustomerWithCardAsync();
        Factory.Services.GetRequiredService<SandboxFaults>().TimeOutAfterCharging(1);

        var timedOut = await ChargeAsync(Factory, Charge(business, customer, "renewal-1"));
        var retried = await ChargeAsync(Factory, Charge(business, customer, "renewal-1"));

        Assert.Equal(ChargeStatus.Processing, timedOut.Status);
        Assert.Equal(ChargeStatus.Succeeded, retried.Status);
        Assert.Equal(timedOut.PaymentId, retried.PaymentId);
        Assert.Equal(1, await GatewayChargesAsync(Factory));
        Assert.Equal(1, await Database.ScalarAsync<long>(Factory, "SELECT count(*) FROM billing.invoices"));
    }

    [Fact]
    public async Task The_reconciliation_job_settles_a_timed_out_payment_once_it_has_been_quiet_and_not_before()
    {
        var (business, customer) = await CustomerWithCardAsync();
        Factory.Services.GetRequiredService<SandboxFaults>().TimeOutAfterCharging(1);
        var timedOut = await ChargeAsync(Factory, Charge(business, customer, "renewal-1"));

        var tooEarly = await Factory.SendAsync(s => s.SendAsync(new ReconcilePaymentsCommand(TimeSpan.FromMinutes(2), TimeSpan.FromHours(1))));
        Factory.Time.Advance(TimeSpan.FromMinutes(3));
        var settled = await Factory.SendAsync(s => s.SendAsync(new ReconcilePaymentsCommand(TimeSpan.FromMinutes(2), TimeSpan.FromHours(1))));
        var again = await Factory.SendAsync(s => s.SendAsync(new ReconcilePaymentsCommand(TimeSpan.FromMinutes(2), TimeSpan.FromHours(1))));
        await Factory.DrainAsync();

        Assert.Equal((0, 1, 0), (tooEarly, settled, again));
        Assert.Equal("Succeeded", await Database.ScalarAsync<string>(Factory, $"SELECT status FROM billing.payments WHERE id = '{timedOut.PaymentId}'"));
        Assert.Equal(1, await GatewayChargesAsync(Factory));
        Assert.Equal(1, await Database.ScalarAsync<long>(Factory, "SELECT count(*) FROM host.dev_mailbox_messages WHERE subject LIKE 'Payment received%'"));
    }

    [Fact]
    public async Task Invoice_numbers_stay_gapless_and_unique_under_concurrent_charges()
    {
        var (business, customer) = await CustomerWithCardAsync();
        var declining = await AddCardAsync(Factory, business, customer, ChargesFail, makeDefault: false);

        // Declined charges interleave with successful ones: they must not consume numbers.
        var outcomes = await Task.WhenAll(Enumerable.Range(0, 24).Select(i => Task.Run(() =>
            ChargeAsync(Factory, Charge(business, customer, $"order-{i}", paymentMethodId: i % 3 == 0 ? declining.PaymentMethodId : null)))));
        var sequences = await Database.ScalarAsync<int[]>(Factory, "SELECT array_agg(sequence ORDER BY sequence) FROM billing.invoices");

        Assert.Equal(16, outcomes.Count(o => o.Status == ChargeStatus.Succeeded));
        Assert.Equal(Enumerable.Range(1, 16), sequences);
    }

    [Fact]
    public async Task Invoice_numbers_restart_each_year_and_are_counted_per_business_and_mode()
    {
        var (business, customer) = await CustomerWithCardAsync();
        var (other, otherCustomer) = await CustomerWithCardAsync(email: "grace@example.com");
        await ChargeAsync(Factory, Charge(business, customer, "a"));
        await ChargeAsync(Factory, Charge(other, otherCustomer, "a"));
        var year = Factory.Time.GetUtcNow().Year;
        Factory.Time.SetUtcNow(new DateTimeOffset(year + 1, 1, 1, 0, 0, 1, TimeSpan.Zero));
        await ChargeAsync(Factory, Charge(business, customer, "b"));

        var numbers = await Database.ScalarAsync<string[]>(Factory, "SELECT array_agg(number ORDER BY issued_at, business_id) FROM billing.invoices");

        Assert.Equal(3, numbers.Length);
        Assert.Equal(2, numbers.Count(n => n == $"TEST-{year}-000001"));
        Assert.Equal($"TEST-{year + 1}-000001", numbers[2]);
    }

    [Fact]
    public async Task A_charge_for_an_unknown_customer_or_without_a_card_changes_nothing()
    {
        var (business, customer) = await CustomerWithCardAsync();
        var (_, cardless) = await CustomerWithCardAsync(email: "nocard@example.com", card: null, business: business);

        var unknown = await Assert.ThrowsAsync<DomainException>(() => ChargeAsync(Factory, Charge(business, new CustomerId("cus_00000000000000000000000000"), "x")));
        var noCard = await Assert.ThrowsAsync<DomainException>(() => ChargeAsync(Factory, Charge(business, cardless, "y")));
        var liveMode = await Assert.ThrowsAsync<DomainException>(() => ChargeAsync(Factory, Charge(business, customer, "z", mode: Mode.Live)));

        Assert.Equal(("NOT_FOUND", "PAYMENT_METHOD_REQUIRED", "NOT_FOUND"), (unknown.Error.Code, noCard.Error.Code, liveMode.Error.Code));
        Assert.Equal(0, await Database.ScalarAsync<long>(Factory, "SELECT count(*) FROM billing.payments"));
    }

    private async Task<(BusinessId Business, CustomerId Customer)> CustomerWithCardAsync(
        string? card = Visa, string email = "ada@example.com", BusinessId? business = null)
    {
        var (api, businessId) = await ApiClientAsync(business: business);
        var customer = new CustomerId(await CustomersApiTests.CreateCustomerAsync(api, email, "Ada Lovelace"));
        if (card is not null)
        {
            await AddCardAsync(Factory, businessId, customer, card);
        }

        return (businessId, customer);
    }
}
