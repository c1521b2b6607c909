using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Portal.BuildingBlocks.Contracts;
using Portal.Modules.Billing.Contracts.Payments;
using Portal.Tests.Support;
using static Portal.Tests.Integration.Billing.BillingArrangement;

namespace Portal.Tests.Integration.Billing;

/// <summary><c>GET /payments</c> and <c>GET /payments/{id}</c> in the Dodo shape, with filters, paging and tenancy.</summary>
public sealed class PaymentsApiTests(DatabaseFixture fixture) : IntegrationTest(fixture)
{
    [Fact]
    public async Task A_payment_reads_back_in_the_dodo_shape()
    {
        var (api, business, customer) = await CustomerWithCardAsync();
        var paid = await ChargeAsync(Factory, Charge(business, customer, "order-1", unitAmount: 1_000, quantity: 2, taxBasisPoints: 2_200));

        var payment = await api.GetFromJsonAsync<JsonElement>($"/payments/{paid.PaymentId}");

        Assert.Equal(paid.PaymentId, payment.GetProperty("payment_id").GetString());
        Assert.Equal("succeeded", payment.GetProperty("status").GetString());
        Assert.Equal(2_440, payment.GetProperty("total_amount").GetInt64());
        Assert.Equal(440, payment.GetProperty("tax").GetInt64());
        Assert.Equal("EUR", payment.GetProperty("currency").GetString());
        Assert.Equal(customer.Value, payment.GetProperty("customer").GetProperty("customer_id").GetString());
        Assert.Equal("ada@example.com", payment.GetProperty("customer").GetProperty("email").GetString());
        Assert.Equal("visa", payment.GetProperty("card_network").GetString());
        Assert.Equal("4242", payment.GetProperty("card_last_four").GetString());
        Assert.Equal(paid.InvoiceId, payment.GetProperty("invoice_id").GetString());
        Assert.Equal("prod_pro", payment.GetProperty("product_cart")[0].GetProperty("product_id").GetString());
        Assert.Equal(JsonValueKind.Null, payment.GetProperty("error_code").ValueKind);
    }

    [Fact]
    public async Task The_list_filters_by_customer_and_status_pages_from_zero_and_answers_empty_past_the_end()
    {
        var (api, business, customer) = await CustomerWithCardAsync();
        var declining = await AddCardAsync(Factory, business, customer, ChargesFail, makeDefault: false);
        for (var i = 0; i < 3; i++)
        {
            Factory.Time.Advance(TimeSpan.FromSeconds(1));
            await ChargeAsync(Factory, Charge(business, customer, $"ok-{i}"));
        }

        var failed = await ChargeAsync(Factory, Charge(business, customer, "ko", paymentMethodId: declining.PaymentMethodId));
        var grace = new CustomerId(await CustomersApiTests.CreateCustomerAsync(api, "grace@example.com", "Grace Hopper"));
        await AddCardAsync(Factory, business, grace);
        await ChargeAsync(Factory, Charge(business, grace, "grace-1"));

        var all = await ItemsAsync(api, "/payments?page_number=0&page_size=100");
        var ada = await ItemsAsync(api, $"/payments?customer_id={customer}&page_number=0");
        var adaFailed = await ItemsAsync(api, $"/payments?customer_id={customer}&status=failed&page_number=0");
        var secondPage = await ItemsAsync(api, $"/payments?customer_id={customer}&page_number=1&page_size=3");
        var pastTheEnd = await ItemsAsync(api, "/payments?page_number=7&page_size=10");

        Assert.Equal(5, all.Count);
        Assert.Equal(4, ada.Count);
        Assert.Equal(failed.PaymentId, Assert.Single(adaFailed).GetProperty("payment_id").GetString());
        Assert.Equal("card_declined", adaFailed[0].GetProperty("error_code").GetString());
        Assert.Single(secondPage);
        Assert.Empty(pastTheEnd);
    }

    [Fact]
    public async Task The_list_filters_by_product_currency_and_creation_time_together()
    {
        var (api, business, customer) = await CustomerWithCardAsync();
        var pro = await ChargeAsync(Factory, Charge(business, customer, "pro-eur"));
        Factory.Time.Advance(TimeSpan.FromSeconds(1));
        var teamUsd = await ChargeAsync(Factory, Charge(business, customer, "team-usd") with
        {
            Currency = "USD",
            Lines = [new ChargeLine("Team plan", "prod_team", 1, 3_000), new ChargeLine("Seat", "prod_seat", 2, 500)],
        });
        Factory.Time.Advance(TimeSpan.FromHours(1));
        var teamEur = await ChargeAsync(Factory, Charge(business, customer, "team-eur") with { Lines = [new ChargeLine("Team plan", "prod_team", 1, 3_000)] });
        var lastCreated = Uri.EscapeDataString((await ItemsAsync(api, "/payments?page_size=1"))[0].GetProperty("created_at").GetString()!);

        var team = await IdsAsync(api, "/payments?product_id=prod_team");
        var seat = await IdsAsync(api, "/payments?product_id=prod_seat");
        var dollars = await IdsAsync(api, "/payments?currency=USD");
        var fromLast = await IdsAsync(api, $"/payments?created_at_gte={lastCreated}");
        var beforeLast = await IdsAsync(api, $"/payments?created_at_lte={Uri.EscapeDataString(Factory.Time.GetUtcNow().AddMinutes(-30).ToString("O"))}");
        var none = await IdsAsync(api, "/payments?product_id=prod_pro&currency=USD");
        var unknown = await IdsAsync(api, "/payments?product_id=prod_%22%7D%5D");

        Assert.Equal([teamEur.PaymentId, teamUsd.PaymentId], team);
        Assert.Equal([teamUsd.PaymentId], seat);
        Assert.Equal([teamUsd.PaymentId], dollars);
        Assert.Equal([teamEur.PaymentId], fromLast);
        Assert.Equal([teamUsd.PaymentId, pro.PaymentId], beforeLast);
        Assert.Empty(none);
        Assert.Empty(unknown);
    }

    [Theory]
    [InlineData("/payments?page_size=0")]
    [InlineData("/payments?page_size=101")]
    [InlineData("/payments?page_number=-1")]
    [InlineData("/payments?status=refunded")]
    [InlineData("/payments?page_size=abc")]
    public async Task Bad_list_parameters_are_a_clear_client_error(string path)
    {
        var (api, _, _) = await CustomerWithCardAsync();

        var response = await api.GetAsync(path);

        Assert.True(response.StatusCode is HttpStatusCode.UnprocessableEntity or HttpStatusCode.BadRequest, $"{path} answered {response.StatusCode}");
    }

    [Fact]
    public async Task Payments_of_another_business_or_mode_do_not_exist()
    {
        var (api, business, customer) = await CustomerWithCardAsync();
        var paid = await ChargeAsync(Factory, Charge(business, customer, "order-1"));
        var (stranger, _) = await ApiClientAsync();
        var (live, _) = await ApiClientAsync(Mode.Live, business);

        await CustomersApiTests.AssertErrorAsync(await stranger.GetAsync($"/payments/{paid.PaymentId}"), HttpStatusCode.NotFound, "NOT_FOUND");
        await CustomersApiTests.AssertErrorAsync(await live.GetAsync($"/payments/{paid.PaymentId}"), HttpStatusCode.NotFound, "NOT_FOUND");
        await CustomersApiTests.AssertErrorAsync(await api.GetAsync("/payments/not-an-id"), HttpStatusCode.NotFound, "NOT_FOUND");
        Assert.Empty(await ItemsAsync(stranger, "/payments?page_number=0"));
        Assert.Empty(await ItemsAsync(live, $"/payments?customer_id={customer}&page_number=0"));
    }

    [Fact]
    public async Task The_payments_api_needs_a_key()
    {
        var response = await Factory.CreateClient().GetAsync("/payments");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    private static async Task<List<string?>> IdsAsync(HttpClient api, string path) =>
        [.. (await ItemsAsync(api, path)).Select(p => p.GetProperty("payment_id").GetString())];

    private static async Task<List<JsonElement>> ItemsAsync(HttpClient api, string path) =>
        [.. (await api.GetFromJsonAsync<JsonElement>(path)).GetProperty("items").EnumerateArray()];

    private async Task<(HttpClient Api, BusinessId Business, CustomerId Customer)> CustomerWithCardAsync()
    {
        var (api, business) = await ApiClientAsync();
        var customer = new CustomerId(await CustomersApiTests.CreateCustomerAsync(api, "ada@example.com", "Ada Lovelace"));
        await AddCardAsync(Factory, business, customer);
        return (api, business, customer);
    }
}
