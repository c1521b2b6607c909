using System.Net;
using Portal.BuildingBlocks.Contracts;
using Portal.Modules.Subscriptions.Contracts.Subscriptions;
using Portal.Tests.Integration.Billing;
using Portal.Tests.Integration.Subscriptions;
using Portal.Tests.Support;
using static Portal.Tests.Integration.Billing.BillingArrangement;

namespace Portal.Tests.Integration;

/// <summary>
/// The language customers are written to in (issue 20): the one they chose with the portal's switch, else their
/// business's default, else their browser's at sign-in, else English; kept on the customer and used by every email
/// and by the invoice PDF the merchant's server downloads.
/// </summary>
public sealed class CustomerLanguageTests(DatabaseFixture fixture) : IntegrationTest(fixture)
{
    [Fact]
    public async Task A_customer_who_switches_the_portal_to_italian_gets_italian_receipts_and_failure_emails()
    {
        var (business, customer, browser) = await SignedInCustomerAsync();

        var switched = await browser.Client.GetAsync("/test/language/it?returnUrl=/portal");
        await ChargeAsync(Factory, Charge(business, customer, "order-1"));
        var declining = await AddCardAsync(Factory, business, customer, ChargesFail, makeDefault: false);
        await ChargeAsync(Factory, Charge(business, customer, "order-2", paymentMethodId: declining.PaymentMethodId));
        await Factory.DrainAsync();

        Assert.Equal("/test/portal", switched.Headers.Location!.OriginalString);
        Assert.Equal("it", await ChosenLanguageAsync(customer));
        Assert.Equal(["Il tuo pagamento ad Acme Software non è andato a buon fine", "Pagamento ricevuto da Acme Software"], await SubjectsAsync());
        Assert.Contains("Ciao Ada Lovelace,", await BodyAsync("Pagamento ricevuto da Acme Software"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_business_default_is_used_until_the_customer_chooses_and_beats_the_browser_at_sign_in()
    {
        var (business, customer, _) = await SignedInCustomerAsync(acceptLanguage: "en-GB,en;q=0.9");
        var admin = await AdminArea.SignInAsync(Factory, business);
        await admin.SubmitFormAsync("/admin/settings", Settings("it"));

        await ChargeAsync(Factory, Charge(business, customer, "order-1"));
        await Factory.DrainAsync();
        var byDefault = await SubjectsAsync();
        var english = await SignInAsync(business, customer, "it-IT");
        await english.Client.GetAsync("/test/language/en?returnUrl=/portal");
        await ChargeAsync(Factory, Charge(business, customer, "order-2"));
        await Factory.DrainAsync();

        Assert.Equal(["Pagamento ricevuto da Acme Software"], byDefault);
        Assert.Contains("Payment received by Acme Software", await SubjectsAsync());
    }

    [Fact]
    public async Task Without_a_choice_or_a_default_the_browser_language_at_sign_in_is_kept()
    {
        var (business, customer, _) = await SignedInCustomerAsync(acceptLanguage: "it-IT,it;q=0.9,en;q=0.8");

        await ChargeAsync(Factory, Charge(business, customer, "order-1"));
        await Factory.DrainAsync();

        Assert.Equal(("it", ""), (await Database.ScalarAsync<string>(Factory, $"SELECT sign_in_language FROM identity.customers WHERE id = '{customer}'"), await ChosenLanguageAsync(customer)));
        Assert.Equal(["Pagamento ricevuto da Acme Software"], await SubjectsAsync());
    }

    [Fact]
    public async Task A_unified_session_switches_every_business_of_the_email_in_its_mode_and_no_one_else()
    {
        var acme = await CreateBusinessAsync("Acme Software");
        var globex = await CreateBusinessAsync("Globex Studio", "#b45309");
        await CreateCustomerAsync(acme, Mode.Test, "ada@example.com", "Ada at Acme");
        await CreateCustomerAsync(globex, Mode.Test, "ada@example.com", "Ada at Globex");
        await CreateCustomerAsync(globex, Mode.Live, "ada@example.com", "Ada live");
        await CreateCustomerAsync(globex, Mode.Test, "grace@example.com", "Grace");
        var browser = new PortalPages(Factory);
        await SignInToUnifiedPortalAsync(browser, "ada@example.com");

        await browser.Client.GetAsync("/test/language/it?returnUrl=/portal/businesses");

        Assert.Equal(
            "Ada at Acme=it,Ada at Globex=it,Ada live=,Grace=",
            await Database.ScalarAsync<string>(Factory, "SELECT string_agg(name || '=' || coalesce(chosen_language, ''), ',' ORDER BY name) FROM identity.customers"));
    }

    [Fact]
    public async Task The_language_switch_without_a_session_only_sets_the_cookie_and_an_unknown_language_is_not_found()
    {
        var (_, customer, _) = await SignedInCustomerAsync();
        var anonymous = new PortalPages(Factory);

        var cookieOnly = await anonymous.Client.GetAsync("/test/language/it?returnUrl=/");
        var unknown = await anonymous.Client.GetAsync("/test/language/xx?returnUrl=/");

        Assert.Equal(HttpStatusCode.Redirect, cookieOnly.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(string.Empty, await ChosenLanguageAsync(customer));
    }

    [Fact]
    public async Task The_api_invoice_pdf_is_in_the_customers_language_unless_the_request_asks_for_another()
    {
        var (business, customer, browser) = await SignedInCustomerAsync();
        await browser.Client.GetAsync("/test/language/it?returnUrl=/portal");
        var payment = await ChargeAsync(Factory, Charge(business, customer, "order-1"));
        var (api, _) = await ApiClientAsync(business: business);
        using var asked = new HttpRequestMessage(HttpMethod.Get, $"/invoices/payments/{payment.PaymentId}");
        asked.Headers.AcceptLanguage.ParseAdd("en");

        var customers = await InvoicePdfTests.PdfTextAsync(await api.GetAsync($"/invoices/payments/{payment.PaymentId}"));
        var english = await InvoicePdfTests.PdfTextAsync(await api.SendAsync(asked));

        Assert.Contains("Fattura", customers, StringComparison.Ordinal);
        Assert.Contains("Invoice", english, StringComparison.Ordinal);
        Assert.DoesNotContain("Fattura", english, StringComparison.Ordinal);
    }

    [Fact]
    public async Task German_works_end_to_end_the_switch_the_pages_and_the_invoice_pdf_with_its_lines()
    {
        var (business, customer, browser) = await SignedInCustomerAsync();
        var switched = await browser.Client.GetAsync("/test/language/de?returnUrl=/portal/invoices");
        await SubscriptionArrangement.SubscribeAsync(Factory, business, customer, await SubscriptionArrangement.PlanAsync(Factory, business));
        var payment = await ChargeAsync(Factory, Charge(business, customer, "order-1"));
        var (api, _) = await ApiClientAsync(business: business);

        var (_, page) = await browser.GetAsync("/test/portal/invoices");
        var pdf = await InvoicePdfTests.PdfTextAsync(await api.GetAsync($"/invoices/payments/{payment.PaymentId}"));

        Assert.Equal("/test/portal/invoices", switched.Headers.Location!.OriginalString);
        Assert.Equal("de", await ChosenLanguageAsync(customer));
        Assert.Contains("<html lang=\"de\"", page, StringComparison.Ordinal);
        Assert.Contains("Pro plan — Abonnement", page, StringComparison.Ordinal);
        Assert.Contains("Rechnung", pdf, StringComparison.Ordinal);
        Assert.Contains("Gezahlter Gesamtbetrag", pdf, StringComparison.Ordinal);
        Assert.Contains("12,20", pdf, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_sign_in_link_sent_by_the_api_or_shared_by_the_merchant_is_written_in_the_customers_language()
    {
        var (business, customer) = await SubscriptionArrangement.CustomerWithCardAsync(Factory);
        await Factory.SendAsync(s => s.SendAsync(new Portal.Modules.Identity.Contracts.Customers.ChooseCustomerLanguageCommand(Mode.Test, customer, null, "de")));
        await Database.ExecuteAsync(Factory, "DELETE FROM host.dev_mailbox_messages");
        var (api, _) = await ApiClientAsync(business: business);
        var admin = await AdminArea.SignInAsync(Factory, business, acceptLanguage: "it");

        await api.PostAsync($"/customers/{customer}/customer-portal/session?send_email=true", null);
        await admin.SubmitFormAsync($"/admin/customers/{customer}?mode=test", action: $"/admin/customers/{customer}?mode=test&handler=Email");
        await Factory.DrainAsync();

        Assert.Equal(["Ihr Anmeldelink für Acme Software", "Ihr Anmeldelink für Acme Software"], await SubjectsAsync());
    }

    [Fact]
    public async Task A_default_language_the_portal_does_not_speak_is_refused_and_nothing_is_saved()
    {
        var business = await CreateBusinessAsync("Acme Software");
        var admin = await AdminArea.SignInAsync(Factory, business);

        var refused = await admin.SubmitFormAsync("/admin/settings", Settings("xx"));
        var (_, page) = await admin.GetAsync("/admin/settings");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("Choose one of the languages listed.", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(string.Empty, await Database.ScalarAsync<string>(Factory, $"SELECT coalesce(default_language, '') FROM identity.businesses WHERE id = '{business}'"));
        Assert.Contains("<option value=\"it\" lang=\"it\">Italiano</option>", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_italian_customer_whose_renewal_needs_authentication_is_asked_in_italian_to_confirm_the_payment()
    {
        var (business, customer, browser) = await SignedInCustomerAsync();
        await browser.Client.GetAsync("/test/language/it?returnUrl=/portal");
        var card = await AddCardAsync(Factory, business, customer, "4000002760003184", makeDefault: false);
        var subscription = await SubscriptionArrangement.SubscribeAsync(Factory, business, customer, await SubscriptionArrangement.PlanAsync(Factory, business));
        await Factory.SendAsync(s => s.SendAsync(
            new ChangeSubscriptionPaymentMethodCommand(business, Mode.Test, subscription.Id, customer, SubscriptionActor.Customer, card.PaymentMethodId)));
        await Factory.DrainAsync();
        await Database.ExecuteAsync(Factory, "DELETE FROM host.dev_mailbox_messages");

        Factory.Time.Advance(TimeSpan.FromDays(32));
        await SubscriptionArrangement.RenewAsync(Factory);
        await Factory.DrainAsync();
        await Factory.DrainAsync();

        var subject = Assert.Single(await SubjectsAsync(), s => s.Contains("sospeso", StringComparison.Ordinal));
        var body = await BodyAsync(subject);
        Assert.Contains("La tua banca chiede di confermare questo pagamento.", body, StringComparison.Ordinal);
        Assert.Contains("Conferma il pagamento", body, StringComparison.Ordinal);
        Assert.Equal(SubscriptionStatus.OnHold, (await SubscriptionArrangement.GetAsync(Factory, business, subscription.Id)).Status);
    }

    [Fact]
    public async Task What_a_payment_is_for_and_why_it_was_declined_are_kept_as_keys_and_read_in_each_readers_language()
    {
        var (business, customer, browser) = await SignedInCustomerAsync();
        await browser.Client.GetAsync("/test/language/it?returnUrl=/portal");
        var subscription = await SubscriptionArrangement.SubscribeAsync(Factory, business, customer, await SubscriptionArrangement.PlanAsync(Factory, business));
        var declining = await AddCardAsync(Factory, business, customer, ChargesFail, makeDefault: false);
        await Factory.SendAsync(s => s.SendAsync(
            new ChangeSubscriptionPaymentMethodCommand(business, Mode.Test, subscription.Id, customer, SubscriptionActor.Customer, declining.PaymentMethodId)));
        await Factory.DrainAsync();
        await Database.ExecuteAsync(Factory, "DELETE FROM host.dev_mailbox_messages");
        Factory.Time.Advance(TimeSpan.FromDays(32));
        await SubscriptionArrangement.RenewAsync(Factory);
        await ChargeAsync(Factory, Charge(business, customer, "order-1", paymentMethodId: declining.PaymentMethodId));
        await Factory.DrainAsync();
        browser = await SignInAsync(business, customer, "it");

        var (_, italian) = await browser.GetAsync("/test/portal/invoices");
        await browser.Client.GetAsync("/test/language/en?returnUrl=/portal");
        var (_, english) = await browser.GetAsync("/test/portal/invoices");
        var failedEmail = await BodyAsync(Assert.Single(await SubjectsAsync(), s => s.Contains("non è andato a buon fine", StringComparison.Ordinal)));

        Assert.Equal(
            "payment.renewal|payment.subscription",
            await Database.ScalarAsync<string>(Factory, "SELECT string_agg(description->>'key', '|' ORDER BY description->>'key') FROM billing.payments"));
        Assert.Equal(2L, await Database.ScalarAsync<long>(Factory, "SELECT count(*) FROM billing.payments WHERE lines->0->'description'->>'key' = 'line.period'"));
        Assert.Contains("Pro plan — rinnovo", italian, StringComparison.Ordinal);
        Assert.Contains("Pro plan — abbonamento", italian, StringComparison.Ordinal);
        Assert.Contains("La tua banca ha rifiutato la carta.", italian, StringComparison.Ordinal);
        Assert.DoesNotContain("renewal", italian, StringComparison.Ordinal);
        Assert.Contains("Pro plan — renewal", english, StringComparison.Ordinal);
        Assert.Contains("Your bank declined the card.", english, StringComparison.Ordinal);
        Assert.Contains("La tua banca ha rifiutato la carta.", failedEmail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Italian_pages_apply_italian_elisions_once_the_business_name_is_in()
    {
        var acme = await CreateBusinessAsync("Acme Software");
        var globex = await CreateBusinessAsync("Globex Studio");

        var (_, acmeLogin) = await new PortalPages(Factory, "it").GetAsync($"/test/login/{acme}");
        var (_, globexLogin) = await new PortalPages(Factory, "it").GetAsync($"/test/login/{globex}");
        var (_, english) = await new PortalPages(Factory).GetAsync($"/test/login/{acme}");

        Assert.Contains("Accedi ad Acme Software", acmeLogin, StringComparison.Ordinal);
        Assert.Contains("Accedi a Globex Studio", globexLogin, StringComparison.Ordinal);
        Assert.DoesNotContain("Accedi a Acme", acmeLogin, StringComparison.Ordinal);
        Assert.Contains("Acme Software", english, StringComparison.Ordinal);
    }

    /// <summary>A business (Acme Software), its customer Ada with a Visa, signed in to the portal with a browser saying <paramref name="acceptLanguage"/>.</summary>
    private async Task<(BusinessId Business, CustomerId Customer, PortalPages Browser)> SignedInCustomerAsync(string acceptLanguage = "en")
    {
        var (business, customer) = await SubscriptionArrangement.CustomerWithCardAsync(Factory);
        await Database.ExecuteAsync(Factory, "DELETE FROM host.dev_mailbox_messages");
        return (business, customer, await SignInAsync(business, customer, acceptLanguage));
    }

    private async Task<PortalPages> SignInAsync(BusinessId business, CustomerId customer, string acceptLanguage)
    {
        var (api, _) = await ApiClientAsync(business: business);
        using (api)
        {
            var browser = new PortalPages(Factory, acceptLanguage);
            var signedIn = await browser.SubmitFormAsync(PortalPages.PathOf(await PortalSessionTests.CreateLinkAsync(api, customer.Value)));
            Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
            return browser;
        }
    }

    private static Dictionary<string, string> Settings(string defaultLanguage) => new()
    {
        ["BusinessName"] = "Acme Software",
        ["AccentColor"] = "#0f766e",
        ["DefaultLanguage"] = defaultLanguage,
    };

    /// <summary>The language the customer chose, empty when none.</summary>
    private Task<string> ChosenLanguageAsync(CustomerId customer) =>
        Database.ScalarAsync<string>(Factory, $"SELECT coalesce(chosen_language, '') FROM identity.customers WHERE id = '{customer}'");

    private async Task<string[]> SubjectsAsync() =>
        (await Database.ScalarAsync<string>(Factory, "SELECT coalesce(string_agg(subject, '|' ORDER BY subject), '') FROM host.dev_mailbox_messages"))
        .Split('|', StringSplitOptions.RemoveEmptyEntries);

    private Task<string> BodyAsync(string subject) =>
        Database.ScalarAsync<string>(Factory, $"SELECT text_body FROM host.dev_mailbox_messages WHERE subject = '{subject.Replace("'", "''", StringComparison.Ordinal)}'");
}
