using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Portal.BuildingBlocks.Contracts;
using Portal.Modules.Billing.Contracts.Payments;
using Portal.Tests.Support;
using static Portal.Tests.Integration.Billing.BillingArrangement;

namespace Portal.Tests.Integration.Billing;

/// <summary>Saved cards in the portal (sandbox form) and through the Dodo-compatible API.</summary>
public sealed class PaymentMethodsTests(DatabaseFixture fixture) : IntegrationTest(fixture)
{
    [Fact]
    public async Task A_customer_adds_a_test_card_which_becomes_the_default_and_the_api_lists_it_without_the_number()
    {
        var (api, browser, customer) = await SignedInAsync();

        var added = await browser.SubmitFormAsync("/test/portal/payment-methods", CardForm("4242 4242 4242 4242"), "/test/portal/payment-methods?handler=Add");
        var (_, page) = await browser.GetAsync(added.Headers.Location!.OriginalString);
        var listed = await api.GetFromJsonAsync<JsonElement>($"/customers/{customer}/payment-methods");

        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Contains("Card saved.", page, StringComparison.Ordinal);
        Assert.Contains("Visa ending in 4242", page, StringComparison.Ordinal);
        var item = Assert.Single(listed.GetProperty("items").EnumerateArray());
        Assert.Equal("card", item.GetProperty("payment_method").GetString());
        Assert.Equal("visa", item.GetProperty("card").GetProperty("card_network").GetString());
        Assert.Equal("4242", item.GetProperty("card").GetProperty("last4_digits").GetString());
        Assert.Equal("12", item.GetProperty("card").GetProperty("expiry_month").GetString());
        Assert.True(item.GetProperty("recurring_enabled").GetBoolean());
        Assert.True(item.GetProperty("is_default").GetBoolean());
        Assert.Equal(0, await Database.ScalarAsync<long>(Factory, "SELECT count(*) FROM billing.payment_methods WHERE gateway_reference LIKE '%4242424242424242%'"));
    }

    [Theory]
    [InlineData("4000 0000 0000 0002", "12", "Your card was declined.")]
    [InlineData("4111 1111 1111 1111", "12", "Test mode accepts only test cards")]
    [InlineData("not a card", "12", "Enter a valid card number.")]
    [InlineData("4242 4242 4242 4242", "13", "Enter an expiry date that has not passed.")]
    [InlineData("", "", "Enter a valid card number.")]
    public async Task A_refused_card_is_explained_and_nothing_is_saved(string number, string month, string message)
    {
        var (_, browser, _) = await SignedInAsync();

        var response = await browser.SubmitFormAsync("/test/portal/payment-methods", CardForm(number, month), "/test/portal/payment-methods?handler=Add");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("The card was not saved.", html, StringComparison.Ordinal);
        Assert.Contains(WebUtility.HtmlEncode(message).Replace("&#39;", "'", StringComparison.Ordinal), WebUtility.HtmlDecode(html), StringComparison.Ordinal);
        Assert.Equal(0, await Database.ScalarAsync<long>(Factory, "SELECT count(*) FROM billing.payment_methods"));
    }

    [Fact]
    public async Task The_customer_switches_the_default_and_removes_a_card_after_confirming_and_the_next_one_takes_over()
    {
        var (api, browser, customer) = await SignedInAsync();
        var first = await AddCardAsync(Factory, Business, new CustomerId(customer), Visa);
        var second = await AddCardAsync(Factory, Business, new CustomerId(customer), InsufficientFunds, makeDefault: false);

        await browser.SubmitFormAsync("/test/portal/payment-methods", new Dictionary<string, string> { ["paymentMethodId"] = second.PaymentMethodId }, "/test/portal/payment-methods?handler=Default");
        var (_, confirmation) = await browser.GetAsync($"/test/portal/payment-methods?remove={second.PaymentMethodId}");
        var removed = await browser.SubmitFormAsync($"/test/portal/payment-methods?remove={second.PaymentMethodId}", new Dictionary<string, string> { ["paymentMethodId"] = second.PaymentMethodId }, "/test/portal/payment-methods?handler=Remove");
        var listed = await api.GetFromJsonAsync<JsonElement>($"/customers/{customer}/payment-methods");

        Assert.Contains("Remove this card?", confirmation, StringComparison.Ordinal);
        Assert.Contains("It is your default card", confirmation, StringComparison.Ordinal);
        Assert.EndsWith("done=removed", removed.Headers.Location?.OriginalString, StringComparison.Ordinal);
        var item = Assert.Single(listed.GetProperty("items").EnumerateArray());
        Assert.Equal(first.PaymentMethodId, item.GetProperty("payment_method_id").GetString());
        Assert.True(item.GetProperty("is_default").GetBoolean());
    }

    [Fact]
    public async Task Another_customers_card_cannot_be_removed_made_default_or_listed()
    {
        var (api, browser, _) = await SignedInAsync();
        var grace = await CustomersApiTests.CreateCustomerAsync(api, "grace@example.com", "Grace Hopper");
        var gracesCard = await AddCardAsync(Factory, Business, new CustomerId(grace), Visa);
        var (stranger, _) = await ApiClientAsync();
        var (live, _) = await ApiClientAsync(Mode.Live, Business);

        var remove = await browser.SubmitFormAsync("/test/portal/payment-methods", new Dictionary<string, string> { ["paymentMethodId"] = gracesCard.PaymentMethodId }, "/test/portal/payment-methods?handler=Remove");
        var makeDefault = await browser.SubmitFormAsync("/test/portal/payment-methods", new Dictionary<string, string> { ["paymentMethodId"] = gracesCard.PaymentMethodId }, "/test/portal/payment-methods?handler=Default");

        Assert.Equal(HttpStatusCode.NotFound, remove.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, makeDefault.StatusCode);
        await CustomersApiTests.AssertErrorAsync(await stranger.GetAsync($"/customers/{grace}/payment-methods"), HttpStatusCode.NotFound, "NOT_FOUND");
        await CustomersApiTests.AssertErrorAsync(await live.GetAsync($"/customers/{grace}/payment-methods"), HttpStatusCode.NotFound, "NOT_FOUND");
        await CustomersApiTests.AssertErrorAsync(await api.GetAsync("/customers/cus_nope/payment-methods"), HttpStatusCode.NotFound, "NOT_FOUND");
        Assert.Equal(1, await Database.ScalarAsync<long>(Factory, $"SELECT count(*) FROM billing.payment_methods WHERE id = '{gracesCard.PaymentMethodId}' AND is_default AND removed_at IS NULL"));
    }

    [Fact]
    public async Task The_page_starts_empty_and_explains_which_test_cards_work()
    {
        var (_, browser, _) = await SignedInAsync();

        var (response, html) = await browser.GetAsync("/test/portal/payment-methods");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("You have no saved card yet.", html, StringComparison.Ordinal);
        Assert.Contains("4242 4242 4242 4242", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Live_mode_without_stripe_offers_no_way_to_type_a_card()
    {
        var (api, _) = await ApiClientAsync(Mode.Live);
        var customer = await CustomersApiTests.CreateCustomerAsync(api);
        var browser = new PortalPages(Factory);
        await browser.SubmitFormAsync(PortalPages.PathOf(await PortalSessionTests.CreateLinkAsync(api, customer)));

        var (_, html) = await browser.GetAsync("/portal/payment-methods");

        Assert.DoesNotContain("name=\"CardNumber\"", html, StringComparison.Ordinal);
        Assert.Contains("Cards cannot be added right now.", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_card_that_asks_for_3ds_on_setup_is_saved_once_authenticated_and_then_charged_off_session()
    {
        var (_, browser, customer) = await SignedInAsync();

        var started = await browser.SubmitFormAsync("/test/portal/payment-methods", CardForm("4000 0025 0000 3155"), "/test/portal/payment-methods?handler=Add");
        var authentication = started.Headers.Location!.OriginalString;
        var (_, page) = await browser.GetAsync(authentication);
        var savedBefore = await Database.ScalarAsync<long>(Factory, "SELECT count(*) FROM billing.payment_methods");
        var answered = await browser.SubmitFormAsync(authentication, action: authentication + "?handler=Complete");
        var back = await browser.Client.GetAsync(PortalPages.PathOf(answered.Headers.Location!.OriginalString));
        var again = await browser.Client.GetAsync(PortalPages.PathOf(answered.Headers.Location!.OriginalString));
        var renewal = await BillingArrangement.ChargeAsync(Factory, BillingArrangement.Charge(Business, new CustomerId(customer), "renewal-1"));

        Assert.Matches("^/test/sandbox/authenticate/seti_sandbox_[0-9a-f]{32}$", authentication);
        Assert.Contains("Saving a card for later payments", page, StringComparison.Ordinal);
        Assert.Equal(0, savedBefore);
        Assert.Equal("/test/portal/payment-methods?done=added", back.Headers.Location!.OriginalString);
        Assert.Equal("/test/portal/payment-methods?done=added", again.Headers.Location!.OriginalString);
        Assert.Equal(1, await Database.ScalarAsync<long>(Factory, "SELECT count(*) FROM billing.payment_methods WHERE card_last_four = '3155' AND gateway_reference LIKE 'pm_card_authenticationRequiredOnSetup:seti_sandbox_%'"));
        Assert.Equal(ChargeStatus.Succeeded, renewal.Status);
    }

    [Fact]
    public async Task The_same_card_saved_without_authenticating_it_is_declined_off_session()
    {
        var (_, _, customer) = await SignedInAsync();
        await BillingArrangement.AddCardAsync(Factory, Business, new CustomerId(customer), "4000002500003155");

        var renewal = await BillingArrangement.ChargeAsync(Factory, BillingArrangement.Charge(Business, new CustomerId(customer), "renewal-1"));

        Assert.Equal((ChargeStatus.Failed, "authentication_required"), (renewal.Status, renewal.FailureCode));
    }

    [Fact]
    public async Task A_setup_the_customer_fails_saves_nothing_and_says_so_and_another_customers_setup_is_not_found()
    {
        var (api, browser, _) = await SignedInAsync();
        var grace = new PortalPages(Factory);
        await grace.SubmitFormAsync(PortalPages.PathOf(await PortalSessionTests.CreateLinkAsync(api, await CustomersApiTests.CreateCustomerAsync(api, "grace@example.com", "Grace Hopper"))));

        var started = await browser.SubmitFormAsync("/test/portal/payment-methods", CardForm("4000 0027 6000 3184"), "/test/portal/payment-methods?handler=Add");
        var authentication = started.Headers.Location!.OriginalString;
        var completed = await browser.SubmitFormAsync(authentication, action: authentication + "?handler=Complete");
        var foreign = await grace.Client.GetAsync(PortalPages.PathOf(completed.Headers.Location!.OriginalString));
        var failedStart = await browser.SubmitFormAsync("/test/portal/payment-methods", CardForm("4000 0027 6000 3184"), "/test/portal/payment-methods?handler=Add");
        var failed = await browser.SubmitFormAsync(failedStart.Headers.Location!.OriginalString, action: failedStart.Headers.Location!.OriginalString + "?handler=Fail");
        var back = await browser.Client.GetAsync(PortalPages.PathOf(failed.Headers.Location!.OriginalString));
        var (_, html) = await browser.GetAsync(back.Headers.Location!.OriginalString);

        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
        Assert.Equal("/test/portal/payment-methods?done=not-authenticated", back.Headers.Location!.OriginalString);
        Assert.Contains("Your bank did not confirm the card, so it was not saved.", html, StringComparison.Ordinal);
        Assert.Equal(0, await Database.ScalarAsync<long>(Factory, "SELECT count(*) FROM billing.payment_methods"));
    }

    private BusinessId Business { get; set; }

    private static Dictionary<string, string> CardForm(string number, string month = "12") =>
        new() { ["CardNumber"] = number, ["ExpiryMonth"] = month, ["ExpiryYear"] = (DateTime.UtcNow.Year + 2).ToString(System.Globalization.CultureInfo.InvariantCulture) };

    private async Task<(HttpClient Api, PortalPages Browser, string Customer)> SignedInAsync()
    {
        var (api, business) = await ApiClientAsync();
        Business = business;
        var customer = await CustomersApiTests.CreateCustomerAsync(api, "ada@example.com", "Ada Lovelace");
        var browser = new PortalPages(Factory);
        await browser.SubmitFormAsync(PortalPages.PathOf(await PortalSessionTests.CreateLinkAsync(api, customer)));
        return (api, browser, customer);
    }
}
