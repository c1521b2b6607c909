using System.Net.Http.Json;
using System.Net;
using System.Text.Json;
using Portal.BuildingBlocks.Contracts;
using Portal.BuildingBlocks.Domain;
using Portal.Modules.Billing.Contracts.Refunds;
using Portal.Tests.Support;
using static Portal.Tests.Integration.Billing.BillingArrangement;

namespace Portal.Tests.Integration.Billing;

/// <summary>Refunds: through the API, never more than was paid (even under concurrency), shown in the history and on the payment.</summary>
public sealed class RefundTests(DatabaseFixture fixture) : IntegrationTest(fixture)
{
    [Fact]
    public async Task A_full_refund_through_the_api_shows_on_the_payment_and_in_the_customers_history()
    {
        var (api, business, customer) = await CustomerWithCardAsync();
        var paid = await ChargeAsync(Factory, Charge(business, customer, "order-1", unitAmount: 1_000, taxBasisPoints: 2_200));
        var browser = new PortalPages(Factory);
        await browser.SubmitFormAsync(PortalPages.PathOf(await PortalSessionTests.CreateLinkAsync(api, customer.Value)));

        var response = await api.PostAsJsonAsync("/refunds", new { payment_id = paid.PaymentId, reason = "Changed my mind" });
        var refund = await response.Content.ReadFromJsonAsync<JsonElement>();
        var payment = await api.GetFromJsonAsync<JsonElement>($"/payments/{paid.PaymentId}");
        var (_, history) = await browser.GetAsync("/test/portal/invoices");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("succeeded", refund.GetProperty("status").GetString());
        Assert.Equal(1_220, refund.GetProperty("amount").GetInt64());
        Assert.False(refund.GetProperty("is_partial").GetBoolean());
        Assert.Equal("full", payment.GetProperty("refund_status").GetString());
        Assert.Equal(refund.GetProperty("refund_id").GetString(), payment.GetProperty("refunds")[0].GetProperty("refund_id").GetString());
        Assert.Contains("Refund: Piano Pro", WebUtility.HtmlDecode(history), StringComparison.Ordinal);
        Assert.Contains("-€12.20", history, StringComparison.Ordinal);
        Assert.Contains(">Refunded<", history, StringComparison.Ordinal);
        Assert.Equal(1, await Database.ScalarAsync<long>(Factory, "SELECT count(*) FROM billing.sandbox_refunds"));
    }

    [Fact]
    public async Task Ten_concurrent_refunds_of_one_payment_give_the_money_back_once_and_never_answer_5xx()
    {
        var (api, business, customer) = await CustomerWithCardAsync();
        var paid = await ChargeAsync(Factory, Charge(business, customer, "order-1"));

        var responses = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => Task.Run(() => api.PostAsJsonAsync("/refunds", new { payment_id = paid.PaymentId }))));

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.OK);
        Assert.All(responses.Where(r => r.StatusCode != HttpStatusCode.OK), r => Assert.Equal(HttpStatusCode.UnprocessableEntity, r.StatusCode));
        Assert.Equal(1, await Database.ScalarAsync<long>(Factory, "SELECT count(*) FROM billing.sandbox_refunds"));
        Assert.Equal(paid.Total, await Database.ScalarAsync<long>(Factory, $"SELECT refunded_amount FROM billing.payments WHERE id = '{paid.PaymentId}'"));
    }

    [Fact]
    public async Task Partial_refunds_add_up_to_the_payment_and_no_further()
    {
        var (api, business, customer) = await CustomerWithCardAsync();
        var paid = await ChargeAsync(Factory, Charge(business, customer, "order-1", unitAmount: 1_000, taxBasisPoints: 0));

        var first = await Factory.SendAsync(s => s.SendAsync(new RefundPaymentCommand(business, Mode.Test, paid.PaymentId, 400, "Late delivery")));
        var tooMuch = await Assert.ThrowsAsync<DomainException>(() => Factory.SendAsync(s => s.SendAsync(new RefundPaymentCommand(business, Mode.Test, paid.PaymentId, 601, null))));
        var rest = await Factory.SendAsync(s => s.SendAsync(new RefundPaymentCommand(business, Mode.Test, paid.PaymentId, null, null)));
        var payment = await api.GetFromJsonAsync<JsonElement>($"/payments/{paid.PaymentId}");

        Assert.True(first.IsPartial);
        Assert.Equal("REFUND_EXCEEDS_PAYMENT", tooMuch.Error.Code);
        Assert.Equal(600, rest.Amount);
        Assert.Equal("full", payment.GetProperty("refund_status").GetString());
        Assert.Equal(2, payment.GetProperty("refunds").GetArrayLength());
    }

    [Fact]
    public async Task Failed_foreign_or_unknown_payments_cannot_be_refunded()
    {
        var (api, business, customer) = await CustomerWithCardAsync();
        var declining = await AddCardAsync(Factory, business, customer, ChargesFail, makeDefault: false);
        var failed = await ChargeAsync(Factory, Charge(business, customer, "order-1", paymentMethodId: declining.PaymentMethodId));
        var paid = await ChargeAsync(Factory, Charge(business, customer, "order-2"));
        var (stranger, _) = await ApiClientAsync();
        var (live, _) = await ApiClientAsync(Mode.Live, business);

        await CustomersApiTests.AssertErrorAsync(await api.PostAsJsonAsync("/refunds", new { payment_id = failed.PaymentId }), HttpStatusCode.UnprocessableEntity, "PAYMENT_NOT_REFUNDABLE");
        await CustomersApiTests.AssertErrorAsync(await stranger.PostAsJsonAsync("/refunds", new { payment_id = paid.PaymentId }), HttpStatusCode.NotFound, "NOT_FOUND");
        await CustomersApiTests.AssertErrorAsync(await live.PostAsJsonAsync("/refunds", new { payment_id = paid.PaymentId }), HttpStatusCode.NotFound, "NOT_FOUND");
        await CustomersApiTests.AssertErrorAsync(await api.PostAsJsonAsync("/refunds", new { payment_id = "nope" }), HttpStatusCode.NotFound, "NOT_FOUND");
        await CustomersApiTests.AssertErrorAsync(await api.PostAsJsonAsync("/refunds", new { }), HttpStatusCode.NotFound, "NOT_FOUND");
        Assert.Equal(0, await Database.ScalarAsync<long>(Factory, "SELECT count(*) FROM billing.refunds"));
    }

    [Fact]
    public async Task A_refund_by_items_or_with_metadata_is_refused_not_turned_into_a_full_refund()
    {
        var (api, business, customer) = await CustomerWithCardAsync();
        var paid = await ChargeAsync(Factory, Charge(business, customer, "order-1", unitAmount: 1_000, taxBasisPoints: 0));

        var byItems = await api.PostAsJsonAsync("/refunds", new { payment_id = paid.PaymentId, items = new[] { new { item_id = "prod_pro", amount = 100 } } });
        var withMetadata = await api.PostAsJsonAsync("/refunds", new { payment_id = paid.PaymentId, metadata = new { ticket = "42" } });
        var notAnObject = await api.PostAsync("/refunds", new StringContent("[1]", System.Text.Encoding.UTF8, "application/json"));

        await CustomersApiTests.AssertErrorAsync(byItems, HttpStatusCode.UnprocessableEntity, "UNSUPPORTED_FIELD");
        await CustomersApiTests.AssertErrorAsync(withMetadata, HttpStatusCode.UnprocessableEntity, "UNSUPPORTED_FIELD");
        await CustomersApiTests.AssertErrorAsync(notAnObject, HttpStatusCode.BadRequest, "INVALID_REQUEST");
        Assert.Equal(0L, await Database.ScalarAsync<long>(Factory, "SELECT count(*) FROM billing.refunds"));
    }

    [Fact]
    public async Task Refunds_are_read_back_one_by_one_and_listed_newest_first_by_customer_status_and_time_never_another_businesss()
    {
        var (api, business, customer) = await CustomerWithCardAsync();
        var paid = await ChargeAsync(Factory, Charge(business, customer, "order-1", unitAmount: 1_000, taxBasisPoints: 0));
        var first = await Factory.SendAsync(s => s.SendAsync(new RefundPaymentCommand(business, Mode.Test, paid.PaymentId, 400, "Late delivery")));
        Factory.Time.Advance(TimeSpan.FromHours(1));
        var second = await Factory.SendAsync(s => s.SendAsync(new RefundPaymentCommand(business, Mode.Test, paid.PaymentId, null, null)));
        var (stranger, _) = await ApiClientAsync();
        var halfAnHourAgo = Uri.EscapeDataString(Factory.Time.GetUtcNow().AddMinutes(-30).ToString("O"));

        var read = await api.GetFromJsonAsync<JsonElement>($"/refunds/{first.RefundId}");
        async Task<IReadOnlyList<string?>> IdsAsync(HttpClient client, string query) =>
            [.. (await client.GetFromJsonAsync<JsonElement>($"/refunds?{query}")).GetProperty("items").EnumerateArray().Select(r => r.GetProperty("refund_id").GetString())];

        Assert.Equal(first.RefundId, read.GetProperty("refund_id").GetString());
        Assert.Equal(400, read.GetProperty("amount").GetInt64());
        Assert.Equal("Late delivery", read.GetProperty("reason").GetString());
        Assert.True(read.GetProperty("is_partial").GetBoolean());
        Assert.Equal([second.RefundId, first.RefundId], await IdsAsync(api, $"customer_id={customer}"));
        Assert.Equal([second.RefundId, first.RefundId], await IdsAsync(api, "status=succeeded"));
        Assert.Empty(await IdsAsync(api, "status=pending"));
        Assert.Equal([second.RefundId], await IdsAsync(api, $"created_at_gte={halfAnHourAgo}"));
        Assert.Equal([first.RefundId], await IdsAsync(api, $"created_at_lte={halfAnHourAgo}"));
        Assert.Empty(await IdsAsync(api, "subscription_id=sub_none"));
        Assert.Empty(await IdsAsync(api, "page_number=1"));
        Assert.Empty(await IdsAsync(stranger, ""));
        await CustomersApiTests.AssertErrorAsync(await stranger.GetAsync($"/refunds/{first.RefundId}"), HttpStatusCode.NotFound, "NOT_FOUND");
        await CustomersApiTests.AssertErrorAsync(await api.GetAsync("/refunds/ref_nope"), HttpStatusCode.NotFound, "NOT_FOUND");
        await CustomersApiTests.AssertErrorAsync(await api.GetAsync("/refunds?status=review"), HttpStatusCode.UnprocessableEntity, "VALIDATION_ERROR");
    }

    private async Task<(HttpClient Api, BusinessId Business, CustomerId Customer)> CustomerWithCardAsync()
    {
        var (api, business) = await ApiClientAsync();
        var customer = new CustomerId(await CustomersApiTests.CreateCustomerAsync(api, "ada@example.com", "Ada Lovelace"));
        await AddCardAsync(Factory, business, customer);
        return (api, business, customer);
    }
}
