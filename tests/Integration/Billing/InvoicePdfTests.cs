using System.Net.Http.Headers;
using System.Net;
using Portal.BuildingBlocks.Contracts;
using Portal.Tests.Support;
using UglyToad.PdfPig;
using static Portal.Tests.Integration.Billing.BillingArrangement;

namespace Portal.Tests.Integration.Billing;

/// <summary>Invoice PDFs read back as text: number, parties, lines, totals, Italian characters; and who may download them.</summary>
public sealed class InvoicePdfTests(DatabaseFixture fixture) : IntegrationTest(fixture)
{
    [Fact]
    public async Task The_api_serves_the_invoice_pdf_with_its_number_parties_lines_and_totals()
    {
        var (api, business, customer) = await PaidCustomerAsync();
        var payment = await ChargeAsync(Factory, Charge(business, customer, "order-1", unitAmount: 1_250, quantity: 2, taxBasisPoints: 2_200));

        var response = await api.GetAsync($"/invoices/payments/{payment.PaymentId}");
        var text = await PdfTextAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Invoice", text, StringComparison.Ordinal);
        Assert.Contains($"TEST-{Factory.Time.GetUtcNow().Year}-000001", text, StringComparison.Ordinal);
        Assert.Contains("Acme Software", text, StringComparison.Ordinal);
        Assert.Contains("Ada Lovelace", text, StringComparison.Ordinal);
        Assert.Contains("Piano Pro — licenza annuale è inclusa", text, StringComparison.Ordinal);
        Assert.Contains("€25.00", text, StringComparison.Ordinal);
        Assert.Contains("€5.50", text, StringComparison.Ordinal);
        Assert.Contains("€30.50", text, StringComparison.Ordinal);
        Assert.Contains("Visa ending in 4242", text, StringComparison.Ordinal);
        Assert.Contains("TEST MODE", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_italian_request_gets_the_invoice_in_italian_with_italian_amounts()
    {
        var (api, business, customer) = await PaidCustomerAsync();
        var payment = await ChargeAsync(Factory, Charge(business, customer, "order-1", unitAmount: 1_250, quantity: 2, taxBasisPoints: 2_200));
        var request = new HttpRequestMessage(HttpMethod.Get, $"/invoices/payments/{payment.PaymentId}");
        request.Headers.AcceptLanguage.Add(new StringWithQualityHeaderValue("it-IT"));

        var text = await PdfTextAsync(await api.SendAsync(request));

        Assert.Contains("Fattura", text, StringComparison.Ordinal);
        Assert.Contains("Totale pagato", text, StringComparison.Ordinal);
        Assert.Contains("30,50 €", text, StringComparison.Ordinal);
        Assert.Contains("MODALITÀ TEST", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_failed_payment_has_no_invoice_and_foreign_or_malformed_ids_are_not_found()
    {
        var (api, business, customer) = await PaidCustomerAsync();
        var declining = await AddCardAsync(Factory, business, customer, ChargesFail, makeDefault: false);
        var failed = await ChargeAsync(Factory, Charge(business, customer, "order-1", paymentMethodId: declining.PaymentMethodId));
        var paid = await ChargeAsync(Factory, Charge(business, customer, "order-2"));
        var (stranger, _) = await ApiClientAsync();
        var (liveKey, _) = await ApiClientAsync(BuildingBlocks.Contracts.Mode.Live, business);

        foreach (var (client, path) in new[]
        {
            (api, $"/invoices/payments/{failed.PaymentId}"),
            (stranger, $"/invoices/payments/{paid.PaymentId}"),
            (liveKey, $"/invoices/payments/{paid.PaymentId}"),
            (api, "/invoices/payments/pay_%27%22%3Cx%3E"),
            (api, "/invoices/payments/" + new string('x', 5000)),
        })
        {
            await CustomersApiTests.AssertErrorAsync(await client.GetAsync(path), HttpStatusCode.NotFound, "NOT_FOUND");
        }
    }

    [Fact]
    public async Task The_portal_downloads_the_customers_own_invoice_as_an_uncached_attachment_and_nobody_elses()
    {
        var (api, business, customer) = await PaidCustomerAsync();
        var payment = await ChargeAsync(Factory, Charge(business, customer, "order-1"));
        var otherCustomer = new CustomerId(await CustomersApiTests.CreateCustomerAsync(api, "grace@example.com", "Grace Hopper"));
        await AddCardAsync(Factory, business, otherCustomer);
        var othersPayment = await ChargeAsync(Factory, Charge(business, otherCustomer, "order-2"));
        var browser = new PortalPages(Factory);
        await browser.SubmitFormAsync(PortalPages.PathOf(await PortalSessionTests.CreateLinkAsync(api, customer.Value)));

        var own = await browser.Client.GetAsync($"/test/portal/invoices/{payment.PaymentId}/pdf");
        var others = await browser.Client.GetAsync($"/test/portal/invoices/{othersPayment.PaymentId}/pdf");

        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Equal("attachment", own.Content.Headers.ContentDisposition?.DispositionType);
        Assert.EndsWith(".pdf", own.Content.Headers.ContentDisposition?.FileName?.Trim('"'), StringComparison.Ordinal);
        Assert.True(own.Headers.CacheControl?.NoStore);
        Assert.Contains("Ada Lovelace", await PdfTextAsync(own), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, others.StatusCode);
    }

    [Fact]
    public async Task The_merchants_legal_address_and_vat_number_are_printed_and_an_issued_invoice_keeps_those_of_its_day()
    {
        var (api, business, customer) = await PaidCustomerAsync();
        var admin = await AdminArea.SignInAsync(Factory, business);
        var settings = new Dictionary<string, string>
        {
            ["BusinessName"] = "Acme Software",
            ["AccentColor"] = "#0f766e",
            ["SupportEmail"] = "support@acme.example",
            ["LegalAddress"] = "Via Roma 1\n20121 Milano MI",
            ["TaxId"] = "it12345678901",
        };
        await admin.SubmitFormAsync("/admin/settings", settings);
        var first = await ChargeAsync(Factory, Charge(business, customer, "order-1"));
        settings["LegalAddress"] = "Corso Como 9\n20154 Milano MI";
        var refused = await admin.SubmitFormAsync("/admin/settings", new Dictionary<string, string>(settings) { ["TaxId"] = "IT<script>" });
        await admin.SubmitFormAsync("/admin/settings", settings);
        var second = await ChargeAsync(Factory, Charge(business, customer, "order-2"));
        var italian = new HttpRequestMessage(HttpMethod.Get, $"/invoices/payments/{first.PaymentId}");
        italian.Headers.AcceptLanguage.Add(new StringWithQualityHeaderValue("it"));

        var firstText = await PdfTextAsync(await api.SendAsync(italian));
        var secondText = await PdfTextAsync(await api.GetAsync($"/invoices/payments/{second.PaymentId}"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("Use 2 to 32 letters, digits, spaces, dots or dashes.", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("Via Roma 1", firstText, StringComparison.Ordinal);
        Assert.Contains("Partita IVA: IT12345678901", firstText, StringComparison.Ordinal);
        Assert.DoesNotContain("Corso Como", firstText, StringComparison.Ordinal);
        Assert.Contains("Corso Como 9", secondText, StringComparison.Ordinal);
        Assert.Contains("20154 Milano MI", secondText, StringComparison.Ordinal);
        Assert.Contains("VAT number: IT12345678901", secondText, StringComparison.Ordinal);
    }

    internal static async Task<string> PdfTextAsync(HttpResponseMessage response)
    {
        using var pdf = PdfDocument.Open(await response.Content.ReadAsByteArrayAsync());
        return string.Join("\n", pdf.GetPages().Select(page => string.Join(" ", page.GetWords().Select(w => w.Text))));
    }

    private async Task<(HttpClient Api, BusinessId Business, CustomerId Customer)> PaidCustomerAsync()
    {
        var (api, business) = await ApiClientAsync();
        var customer = new CustomerId(await CustomersApiTests.CreateCustomerAsync(api, "ada@example.com", "Ada Lovelace"));
        await AddCardAsync(Factory, business, customer);
        return (api, business, customer);
    }
}
