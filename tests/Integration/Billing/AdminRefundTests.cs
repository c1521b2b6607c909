using System.Net;
using Portal.BuildingBlocks.Contracts;
using Portal.Tests.Support;
using static Portal.Tests.Integration.Billing.BillingArrangement;

namespace Portal.Tests.Integration.Billing;

/// <summary>The merchant sees a customer's payments on the customer's page and refunds one after confirming.</summary>
public sealed class AdminRefundTests(DatabaseFixture fixture) : IntegrationTest(fixture)
{
    [Fact]
    public async Task The_merchant_confirms_a_refund_and_the_customer_page_shows_it_once()
    {
        var business = await CreateBusinessAsync();
        var customer = await AdminArea.CreateCustomerAsync(Factory, business, "ada@example.com", "Ada Lovelace");
        await AddCardAsync(Factory, business, customer);
        var paid = await ChargeAsync(Factory, Charge(business, customer, "order-1", unitAmount: 1_000, taxBasisPoints: 0));
        var admin = await AdminArea.SignInAsync(Factory, business);
        var page = $"/admin/customers/{customer.Value}?mode=test";

        var (_, before) = await admin.GetAsync(page);
        var (_, confirmation) = await admin.GetAsync($"{page}&refund={paid.PaymentId}");
        var refunded = await admin.SubmitFormAsync($"{page}&refund={paid.PaymentId}", new Dictionary<string, string> { ["paymentId"] = paid.PaymentId }, $"/admin/customers/{customer.Value}?mode=test&handler=Refund");
        var (_, after) = await admin.GetAsync(AdminArea.LocationOf(refunded));
        var again = await admin.SubmitFormAsync($"{page}&refund={paid.PaymentId}", new Dictionary<string, string> { ["paymentId"] = paid.PaymentId }, $"/admin/customers/{customer.Value}?mode=test&handler=Refund");
        var (_, afterAgain) = await admin.GetAsync(AdminArea.LocationOf(again));

        Assert.Contains("€10.00", before, StringComparison.Ordinal);
        Assert.Contains("Refund this payment?", confirmation, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, refunded.StatusCode);
        Assert.Contains("The refund is done.", after, StringComparison.Ordinal);
        Assert.Contains("-€10.00", after, StringComparison.Ordinal);
        Assert.Contains("Nothing was refunded", afterAgain, StringComparison.Ordinal);
        Assert.Equal(1, await Database.ScalarAsync<long>(Factory, "SELECT count(*) FROM billing.refunds"));
    }

    [Fact]
    public async Task Another_customers_or_another_businesss_payment_cannot_be_refunded_from_a_customer_page()
    {
        var business = await CreateBusinessAsync();
        var ada = await AdminArea.CreateCustomerAsync(Factory, business, "ada@example.com", "Ada Lovelace");
        var grace = await AdminArea.CreateCustomerAsync(Factory, business, "grace@example.com", "Grace Hopper");
        await AddCardAsync(Factory, business, grace);
        var gracesPayment = await ChargeAsync(Factory, Charge(business, grace, "order-1"));
        var other = await CreateBusinessAsync("Globex");
        var admin = await AdminArea.SignInAsync(Factory, business);
        var stranger = await AdminArea.SignInAsync(Factory, other, "owner@globex.example");

        var viaAda = await admin.SubmitFormAsync($"/admin/customers/{ada.Value}?mode=test", new Dictionary<string, string> { ["paymentId"] = gracesPayment.PaymentId }, $"/admin/customers/{ada.Value}?mode=test&handler=Refund");
        var viaOtherBusiness = await stranger.SubmitFormAsync("/admin/customers?mode=test", new Dictionary<string, string> { ["paymentId"] = gracesPayment.PaymentId }, $"/admin/customers/{grace.Value}?mode=test&handler=Refund");
        var viaLive = await admin.SubmitFormAsync($"/admin/customers/{grace.Value}?mode=test", new Dictionary<string, string> { ["paymentId"] = gracesPayment.PaymentId }, $"/admin/customers/{grace.Value}?mode=live&handler=Refund");

        Assert.Equal(HttpStatusCode.NotFound, viaAda.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, viaOtherBusiness.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, viaLive.StatusCode);
        Assert.Equal(0, await Database.ScalarAsync<long>(Factory, "SELECT count(*) FROM billing.refunds"));
    }
}
