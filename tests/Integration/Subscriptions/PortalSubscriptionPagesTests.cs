using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Portal.BuildingBlocks.Contracts;
using Portal.Modules.Identity.Contracts.Customers;
using Portal.Modules.Subscriptions.Contracts.Subscriptions;
using Portal.Tests.Support;
using static Portal.Tests.Integration.Subscriptions.SubscriptionArrangement;

namespace Portal.Tests.Integration.Subscriptions;

/// <summary>The customer's subscription pages: list, detail, cancel (at the end of the period or now, undo), billing details, and nobody else's.</summary>
public sealed class PortalSubscriptionPagesTests(DatabaseFixture fixture) : IntegrationTest(fixture)
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    public static TheoryData<string, string, string> InvalidBillingFields => new()
    {
        { "Country", "XX", "Choose a country from the list." },
        { "Country", string.Empty, "Choose a country from the list." },
        { "Street", "Via del Corso\u00071", "Enter a street address of up to 200 characters" },
        { "City", new string('R', 201), "Enter a city of up to 200 characters" },
        { "Zipcode", new string('1', 21), "Enter a zip code of up to 20 characters" },
        { "State", "R\nM", "Enter a state or province of up to 200 characters" },
        { "Name", string.Empty, "Enter your name" },
        { "Name", "Ada\u001bLovelace", "Enter your name" },
        { "Name", new string('A', 201), "Enter your name" },
    };

    [Fact]
    public async Task The_list_shows_current_subscriptions_first_with_price_status_and_renewal_date_then_past_ones()
    {
        var (browser, business, customer) = await SignedInAsync();
        var pro = await SubscribeAsync(Factory, business, customer, await PlanAsync(Factory, business, price: 1_000, name: "Pro plan"));
        Factory.Time.Advance(TimeSpan.FromMinutes(1));
        var starter = await SubscribeAsync(Factory, business, customer, await PlanAsync(Factory, business, price: 12_000, unit: "year", name: "Starter plan"));
        await CancelAsync(business, starter.Id, atPeriodEnd: false);

        var (response, html) = await browser.GetAsync("/test/portal/subscriptions");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("€10.00 per month", html, StringComparison.Ordinal);
        Assert.Contains("€120.00 per year", html, StringComparison.Ordinal);
        Assert.Contains($"Renews on {Date(pro.NextBillingDate)}", html, StringComparison.Ordinal);
        Assert.Contains($"Ended on {Date(Factory.Time.GetUtcNow())}", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"/test/portal/subscriptions/{pro.Id}\"", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"/test/portal/subscriptions/{starter.Id}\"", html, StringComparison.Ordinal);
        Assert.True(html.IndexOf("Pro plan", StringComparison.Ordinal) < html.IndexOf("Past subscriptions", StringComparison.Ordinal), "current first");
        Assert.True(html.IndexOf("Past subscriptions", StringComparison.Ordinal) < html.IndexOf("Starter plan", StringComparison.Ordinal), "then the past ones");
        Assert.Contains(">Active<", html, StringComparison.Ordinal);
        Assert.Contains(">Cancelled<", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_long_list_comes_twenty_to_a_page_current_ones_first_and_a_page_past_the_end_says_so()
    {
        var (browser, business, customer) = await SignedInAsync();
        var plan = await PlanAsync(Factory, business, name: "Pro plan");
        var ended = await SubscribeAsync(Factory, business, customer, await PlanAsync(Factory, business, name: "Starter plan"));
        await CancelAsync(business, ended.Id, atPeriodEnd: false);
        var current = new List<string>();
        for (var i = 0; i < 21; i++)
        {
            Factory.Time.Advance(TimeSpan.FromMinutes(1));
            current.Add((await SubscribeAsync(Factory, business, customer, plan)).Id);
        }

        var (_, first) = await browser.GetAsync("/test/portal/subscriptions");
        var (_, second) = await browser.GetAsync("/test/portal/subscriptions?page=2");
        var (beyond, third) = await browser.GetAsync("/test/portal/subscriptions?page=3");
        var (_, italian) = await browser.InLanguage("it").GetAsync("/test/portal/subscriptions?page=2");

        // Newest first: the last 20 made on the first page, the first one made and the ended one on the second.
        Assert.Equal(20, CountOf("href=\"/test/portal/subscriptions/sub_", first));
        Assert.All(current.Skip(1), id => Assert.Contains($"/subscriptions/{id}\"", first, StringComparison.Ordinal));
        Assert.Contains("href=\"?page=2\" rel=\"next\"", first, StringComparison.Ordinal);
        Assert.DoesNotContain("Past subscriptions", first, StringComparison.Ordinal);
        Assert.Equal(2, CountOf("href=\"/test/portal/subscriptions/sub_", second));
        Assert.Contains($"/subscriptions/{current[0]}\"", second, StringComparison.Ordinal);
        Assert.True(second.IndexOf(current[0], StringComparison.Ordinal) < second.IndexOf("Past subscriptions", StringComparison.Ordinal), "current first");
        Assert.True(second.IndexOf("Past subscriptions", StringComparison.Ordinal) < second.IndexOf(ended.Id, StringComparison.Ordinal), "then the ended one");
        Assert.Contains("href=\"?page=1\" rel=\"prev\"", second, StringComparison.Ordinal);
        Assert.DoesNotContain("rel=\"next\"", second, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, beyond.StatusCode);
        Assert.Contains("There are no subscriptions on this page.", third, StringComparison.Ordinal);
        Assert.DoesNotContain("You have no subscriptions yet.", third, StringComparison.Ordinal);
        Assert.Contains("Pagina 2", italian, StringComparison.Ordinal);
        Assert.Contains("Abbonamenti passati", italian, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_overview_lists_five_current_subscriptions_on_hold_first_and_says_how_many_more_there_are()
    {
        var (browser, business, customer) = await SignedInAsync();
        var oldest = await SubscribeAsync(Factory, business, customer, await PlanAsync(Factory, business, name: "Team plan"));
        await Factory.SendAsync(s => s.SendAsync(new AdvanceSubscriptionCommand(business, Mode.Test, oldest.Id, SimulateDecline: true)));
        var plan = await PlanAsync(Factory, business, name: "Pro plan");
        for (var i = 0; i < 6; i++)
        {
            Factory.Time.Advance(TimeSpan.FromMinutes(1));
            await SubscribeAsync(Factory, business, customer, plan);
        }

        var (_, html) = await browser.GetAsync("/test/portal");
        var (_, italian) = await browser.InLanguage("it").GetAsync("/test/portal");

        var listed = html.Split("<ul class=\"plain-list\">")[1].Split("</ul>")[0];

        // The one on hold is the oldest, yet listed (and its call to action shown) before the newer active ones.
        Assert.Contains("Team plan is on hold", html, StringComparison.Ordinal);
        Assert.Equal(5, CountOf("href=\"/test/portal/subscriptions/sub_", listed));
        Assert.StartsWith($"\n                    <li>\n                        <a href=\"/test/portal/subscriptions/{oldest.Id}\"", listed, StringComparison.Ordinal);
        Assert.Contains("And 2 more: see them all on the subscriptions page.", html, StringComparison.Ordinal);
        Assert.Contains("E altri 2: li trovi tutti nella pagina degli abbonamenti.", italian, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_empty_list_says_so_in_english_and_in_italian()
    {
        var (browser, _, _) = await SignedInAsync();
        var italian = browser.InLanguage("it");

        var (_, english) = await browser.GetAsync("/test/portal/subscriptions");
        var (_, italiano) = await italian.GetAsync("/test/portal/subscriptions");

        Assert.Contains("You have no subscriptions yet.", english, StringComparison.Ordinal);
        Assert.Contains("Non hai ancora abbonamenti.", italiano, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_overview_shows_active_subscriptions_with_their_renewal_date_and_a_call_to_action_for_one_on_hold()
    {
        var (browser, business, customer) = await SignedInAsync();
        var pro = await SubscribeAsync(Factory, business, customer, await PlanAsync(Factory, business, name: "Pro plan"));
        var team = await SubscribeAsync(Factory, business, customer, await PlanAsync(Factory, business, price: 2_500, name: "Team plan"));
        await Factory.SendAsync(s => s.SendAsync(new AdvanceSubscriptionCommand(business, Mode.Test, team.Id, SimulateDecline: true)));

        var (_, html) = await browser.GetAsync("/test/portal");

        Assert.Contains($"Renews on {Date(pro.NextBillingDate)}", html, StringComparison.Ordinal);
        Assert.Contains("Team plan is on hold", html, StringComparison.Ordinal);
        Assert.Contains("A payment of €30.50 did not go through.", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"/test/portal/subscriptions/{team.Id}\">Resolve the payment for Team plan<", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/test/portal/subscriptions\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("You have no subscriptions yet.", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_detail_page_shows_plan_dates_card_billing_address_and_history()
    {
        var (browser, business, customer) = await SignedInAsync();
        var subscription = await SubscribeAsync(Factory, business, customer, await PlanAsync(Factory, business, name: "Pro plan"));

        var (response, html) = await browser.GetAsync($"/test/portal/subscriptions/{subscription.Id}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<h1>Pro plan</h1>", html, StringComparison.Ordinal);
        Assert.Contains("€10.00 per month", html, StringComparison.Ordinal);
        Assert.Contains("plus 22% tax", html, StringComparison.Ordinal);
        Assert.Contains($"{Date(subscription.CurrentPeriodStart)} – {Date(subscription.CurrentPeriodEnd)}", html, StringComparison.Ordinal);
        Assert.Contains("Next billing date", html, StringComparison.Ordinal);
        Assert.Contains("Visa ending in 4242", html, StringComparison.Ordinal);
        Assert.Contains($"Expires 12/{Factory.Time.GetUtcNow().Year + 2}", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"/test/portal/subscriptions/{subscription.Id}/payment-method\" aria-label=\"Edit payment method\"", html, StringComparison.Ordinal);
        Assert.Contains("Via del Corso 1", html, StringComparison.Ordinal);
        Assert.Contains("00186 Roma", html, StringComparison.Ordinal);
        Assert.Contains("Italy", html, StringComparison.Ordinal);
        Assert.Contains("Subscription created", html, StringComparison.Ordinal);
        Assert.Contains("First payment received: active", html, StringComparison.Ordinal);
        Assert.Contains(">Acme Software<", html, StringComparison.Ordinal);
        Assert.Contains(">Automatic<", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"/test/portal/subscriptions/{subscription.Id}/cancel\"", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"/test/portal/subscriptions/{subscription.Id}/billing\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Undo cancellation", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_on_hold_subscription_explains_the_amount_due_and_leads_to_updating_the_payment_method()
    {
        var (browser, business, customer) = await SignedInAsync();
        var subscription = await SubscribeAsync(Factory, business, customer, await PlanAsync(Factory, business, price: 2_500));
        await Factory.SendAsync(s => s.SendAsync(new AdvanceSubscriptionCommand(business, Mode.Test, subscription.Id, SimulateDecline: true)));

        var (_, html) = await browser.GetAsync($"/test/portal/subscriptions/{subscription.Id}");

        Assert.Contains("Payment needed: this subscription is on hold", html, StringComparison.Ordinal);
        Assert.Contains("Amount due: €30.50, tax included", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"/test/portal/subscriptions/{subscription.Id}/payment-method\">Update payment method<", html, StringComparison.Ordinal);
        Assert.Contains("Renewal payment failed: on hold", html, StringComparison.Ordinal);
        Assert.Contains(">On hold<", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cancelling_at_the_end_of_the_period_keeps_it_active_until_then_and_can_be_undone()
    {
        var (browser, business, customer) = await SignedInAsync();
        var subscription = await SubscribeAsync(Factory, business, customer, await PlanAsync(Factory, business));
        var detail = $"/test/portal/subscriptions/{subscription.Id}";
        var ends = Date(subscription.CurrentPeriodEnd);

        var (_, confirmation) = await browser.GetAsync(detail + "/cancel");
        var cancelled = await browser.SubmitFormAsync(detail + "/cancel", new Dictionary<string, string> { ["When"] = "period_end" });
        var afterCancel = await GetAsync(Factory, business, subscription.Id);
        var (_, scheduledPage) = await browser.GetAsync(PathOf(cancelled));
        var undone = await browser.SubmitFormAsync(detail, action: detail + "?handler=Undo");
        var afterUndo = await GetAsync(Factory, business, subscription.Id);
        var (_, undonePage) = await browser.GetAsync(PathOf(undone));

        Assert.Contains($"At the end of the current period, on {ends}", confirmation, StringComparison.Ordinal);
        Assert.Matches("id=\"when-period-end\"[^>]*checked", confirmation);
        Assert.Contains($"You keep access until {ends}", confirmation, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, cancelled.StatusCode);
        Assert.Equal(detail + "?done=cancel-scheduled", PathOf(cancelled));
        Assert.Equal(SubscriptionStatus.Active, afterCancel.Status);
        Assert.True(afterCancel.CancelAtNextBillingDate);
        Assert.Contains($"Your subscription will end on {ends}.", scheduledPage, StringComparison.Ordinal);
        Assert.Contains($"This subscription ends on {ends} and will not renew.", scheduledPage, StringComparison.Ordinal);
        Assert.Contains("Undo cancellation", scheduledPage, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, undone.StatusCode);
        Assert.Equal(detail + "?done=undone", PathOf(undone));
        Assert.Equal(SubscriptionStatus.Active, afterUndo.Status);
        Assert.False(afterUndo.CancelAtNextBillingDate);
        Assert.Contains($"The cancellation is undone: your subscription renews on {ends}.", undonePage, StringComparison.Ordinal);
        Assert.DoesNotContain("Undo cancellation", undonePage, StringComparison.Ordinal);
        var history = await HistoryAsync(Factory, business, subscription.Id);
        Assert.Equal((SubscriptionChange.CancellationUndone, SubscriptionActor.Customer), (history[0].Change, history[0].Actor));
        Assert.Equal((SubscriptionChange.CancellationScheduled, SubscriptionActor.Customer), (history[1].Change, history[1].Actor));
        Assert.Contains("Scheduled cancellation undone", undonePage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_portal_asks_why_and_the_merchant_sees_each_reason_and_how_many_gave_it()
    {
        var (browser, business, customer) = await SignedInAsync();
        var plan = await PlanAsync(Factory, business);
        var first = await SubscribeAsync(Factory, business, customer, plan);
        var second = await SubscribeAsync(Factory, business, customer, plan);
        var third = await SubscribeAsync(Factory, business, customer, plan);
        string Cancel(SubscriptionDto s) => $"/test/portal/subscriptions/{s.Id}/cancel";

        var (_, question) = await browser.GetAsync(Cancel(first));
        await browser.SubmitFormAsync(Cancel(first), new Dictionary<string, string> { ["When"] = "now", ["Feedback"] = "too_expensive", ["Comment"] = "Half the price\nand I'd stay" });
        await browser.SubmitFormAsync(Cancel(second), new Dictionary<string, string> { ["When"] = "period_end", ["Feedback"] = "too_expensive" });
        var forged = await browser.SubmitFormAsync(Cancel(third), new Dictionary<string, string> { ["When"] = "now", ["Feedback"] = "because" });
        var tooLong = await browser.SubmitFormAsync(Cancel(third), new Dictionary<string, string> { ["When"] = "now", ["Comment"] = new string('x', 1001) });
        var controlled = await browser.SubmitFormAsync(Cancel(third), new Dictionary<string, string> { ["When"] = "now", ["Comment"] = "bell\u0007" });
        await browser.SubmitFormAsync(Cancel(third), new Dictionary<string, string> { ["When"] = "now", ["Feedback"] = "" });
        var counts = await Factory.SendAsync(s => s.QueryAsync(new CountCancellationFeedbackQuery(business, Mode.Test)));
        var admin = await AdminArea.SignInAsync(Factory, business);
        var (_, adminList) = await admin.GetAsync("/admin/subscriptions?mode=test");
        var (_, adminDetail) = await admin.GetAsync($"/admin/subscriptions/{first.Id}?mode=test");

        Assert.Contains("Why are you cancelling? (optional)", question, StringComparison.Ordinal);
        Assert.Contains("value=\"too_expensive\"", question, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, forged.StatusCode);
        Assert.Contains("That reason is not one of the choices.", await forged.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, tooLong.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, controlled.StatusCode);
        Assert.Equal(new Dictionary<CancellationFeedback, int> { [CancellationFeedback.TooExpensive] = 2 }, counts);
        Assert.Equal(SubscriptionStatus.Cancelled, (await GetAsync(Factory, business, third.Id)).Status);
        Assert.Null((await GetAsync(Factory, business, third.Id)).CancellationFeedback);
        Assert.Equal("Half the price\nand I'd stay", (await GetAsync(Factory, business, first.Id)).CancellationComment);
        Assert.Matches("<th scope=\"row\">Too expensive</th>\\s*<td class=\"numeric\">2</td>", adminList);
        Assert.Contains("Too expensive", adminDetail, StringComparison.Ordinal);
        Assert.Contains("Half the price", System.Net.WebUtility.HtmlDecode(adminDetail), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cancelling_now_ends_the_subscription_today()
    {
        var (browser, business, customer) = await SignedInAsync();
        var subscription = await SubscribeAsync(Factory, business, customer, await PlanAsync(Factory, business));
        var detail = $"/test/portal/subscriptions/{subscription.Id}";

        var cancelled = await browser.SubmitFormAsync(detail + "/cancel", new Dictionary<string, string> { ["When"] = "now" });
        var after = await GetAsync(Factory, business, subscription.Id);
        var (_, page) = await browser.GetAsync(PathOf(cancelled));

        Assert.Equal(detail + "?done=cancelled", PathOf(cancelled));
        Assert.Equal(SubscriptionStatus.Cancelled, after.Status);
        Assert.Equal("customer_request", after.CancellationReason);
        Assert.Contains("Your subscription is cancelled. Nothing more will be charged.", page, StringComparison.Ordinal);
        Assert.Contains("Ended on</dt>", page, StringComparison.Ordinal);
        Assert.DoesNotContain($"href=\"{detail}/cancel\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain($"href=\"{detail}/billing\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_on_hold_subscription_can_only_be_cancelled_now()
    {
        var (browser, business, customer) = await SignedInAsync();
        var subscription = await SubscribeAsync(Factory, business, customer, await PlanAsync(Factory, business));
        await Factory.SendAsync(s => s.SendAsync(new AdvanceSubscriptionCommand(business, Mode.Test, subscription.Id, SimulateDecline: true)));
        var cancel = $"/test/portal/subscriptions/{subscription.Id}/cancel";

        var (_, confirmation) = await browser.GetAsync(cancel);
        var refused = await browser.SubmitFormAsync(cancel, new Dictionary<string, string> { ["When"] = "period_end" });
        var after = await GetAsync(Factory, business, subscription.Id);

        Assert.DoesNotContain("when-period-end", confirmation, StringComparison.Ordinal);
        Assert.Matches("id=\"when-now\"[^>]*checked", confirmation);
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("Only an active subscription can run to the end of its period.", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(SubscriptionStatus.OnHold, after.Status);
        Assert.False(after.CancelAtNextBillingDate);
    }

    [Fact]
    public async Task Cancelling_an_already_cancelled_subscription_says_so_and_changes_nothing()
    {
        var (browser, business, customer) = await SignedInAsync();
        var subscription = await SubscribeAsync(Factory, business, customer, await PlanAsync(Factory, business));
        var cancel = $"/test/portal/subscriptions/{subscription.Id}/cancel";
        var staleForm = await browser.PrepareFormAsync(cancel, new Dictionary<string, string> { ["When"] = "now" });
        await CancelAsync(business, subscription.Id, atPeriodEnd: false);
        var before = await HistoryAsync(Factory, business, subscription.Id);

        var refused = await staleForm();
        var (_, page) = await browser.GetAsync(cancel);

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        var html = await refused.Content.ReadAsStringAsync();
        Assert.Contains("Nothing was changed.", html, StringComparison.Ordinal);
        Assert.Contains("This subscription is already cancelled.", html, StringComparison.Ordinal);
        Assert.Equal(before.Count, (await HistoryAsync(Factory, business, subscription.Id)).Count);
        Assert.Contains("This subscription has already ended.", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Confirm cancellation", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Billing_details_are_saved_together_and_confirmed()
    {
        var (browser, business, customer) = await SignedInAsync();
        var subscription = await SubscribeAsync(Factory, business, customer, await PlanAsync(Factory, business));
        var billing = $"/test/portal/subscriptions/{subscription.Id}/billing";

        var (_, form) = await browser.GetAsync(billing);
        var saved = await browser.SubmitFormAsync(billing, BillingForm(name: "Ada King", street: "10 Downing Street", city: "London", state: string.Empty, zipcode: "SW1A 2AA", country: "gb"));
        var after = await GetAsync(Factory, business, subscription.Id);
        var (_, page) = await browser.GetAsync(PathOf(saved));

        Assert.Contains("value=\"Ada Lovelace\"", form, StringComparison.Ordinal);
        Assert.Contains("value=\"Via del Corso 1\"", form, StringComparison.Ordinal);
        Assert.Contains("<option value=\"IT\" selected=\"selected\">Italy</option>", form, StringComparison.Ordinal);
        Assert.Equal($"/test/portal/subscriptions/{subscription.Id}?done=billing", PathOf(saved));
        Assert.Equal(new BillingAddressDto("GB", null, "London", "10 Downing Street", "SW1A 2AA"), after.Billing);
        Assert.Equal("Ada King", await CustomerNameAsync(business, customer));
        Assert.Contains("Billing details saved.", page, StringComparison.Ordinal);
        Assert.Contains("SW1A 2AA London", page, StringComparison.Ordinal);
        Assert.Contains("United Kingdom", page, StringComparison.Ordinal);
        Assert.Contains("Billing address changed", page, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(InvalidBillingFields))]
    public async Task Invalid_billing_details_are_refused_on_their_field_and_nothing_changes(string field, string value, string message)
    {
        var (browser, business, customer) = await SignedInAsync();
        var subscription = await SubscribeAsync(Factory, business, customer, await PlanAsync(Factory, business));
        var billing = $"/test/portal/subscriptions/{subscription.Id}/billing";
        var form = BillingForm(name: "Ada King", street: "10 Downing Street", city: "London", state: string.Empty, zipcode: "SW1A 2AA", country: "GB");
        form[field] = value;

        var refused = await browser.SubmitFormAsync(billing, form);
        var after = await GetAsync(Factory, business, subscription.Id);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var html = await refused.Content.ReadAsStringAsync();
        Assert.Contains("Nothing was saved. Please correct the fields marked below.", html, StringComparison.Ordinal);
        Assert.Contains(message, html, StringComparison.Ordinal);
        Assert.Matches($"id=\"{field.ToLowerInvariant()}\"[^>]*aria-invalid=\"true\"[^>]*aria-describedby=\"{field.ToLowerInvariant()}-error", html);
        Assert.Equal(subscription.Billing, after.Billing);
        Assert.Equal("Ada Lovelace", await CustomerNameAsync(business, customer));
        Assert.Equal(2, (await HistoryAsync(Factory, business, subscription.Id)).Count);
    }

    [Fact]
    public async Task Another_customers_subscription_is_not_found_on_every_page_and_nothing_changes()
    {
        var (browser, business, customer) = await SignedInAsync();
        var own = await SubscribeAsync(Factory, business, customer, await PlanAsync(Factory, business));
        var (_, grace) = await CustomerWithCardAsync(Factory, email: "grace@example.com", business: business);
        var theirs = await SubscribeAsync(Factory, business, grace, await PlanAsync(Factory, business, name: "Secret plan"));
        var (strangerBusiness, stranger) = await CustomerWithCardAsync(Factory, email: "ada@example.com");
        var elsewhere = await SubscribeAsync(Factory, strangerBusiness, stranger, await PlanAsync(Factory, strangerBusiness));
        var ownForm = $"/test/portal/subscriptions/{own.Id}/cancel";

        foreach (var id in new[] { theirs.Id, elsewhere.Id, "sub_doesnotexist", "not-an-id" })
        {
            var target = $"/test/portal/subscriptions/{id}";
            foreach (var path in new[] { target, target + "/cancel", target + "/billing" })
            {
                var (response, html) = await browser.GetAsync(path);
                Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"GET {path} answered {(int)response.StatusCode}");
                Assert.DoesNotContain("Secret plan", html, StringComparison.Ordinal);
            }

            var posts = new (string Action, Dictionary<string, string> Fields)[]
            {
                (target + "/cancel", new() { ["When"] = "now" }),
                (target + "/cancel", new() { ["When"] = "period_end" }),
                (target + "?handler=Undo", []),
                (target + "/billing", BillingForm(name: "Mallory", street: "1 Evil Road", city: "Nowhere", state: string.Empty, zipcode: "666", country: "US")),
            };
            foreach (var (action, fields) in posts)
            {
                var response = await browser.SubmitFormAsync(ownForm, fields, action);
                Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"POST {action} answered {(int)response.StatusCode}");
            }
        }

        foreach (var (owner, subscription) in new[] { (business, theirs), (strangerBusiness, elsewhere) })
        {
            var after = await GetAsync(Factory, owner, subscription.Id);
            Assert.Equal((SubscriptionStatus.Active, false, subscription.Billing), (after.Status, after.CancelAtNextBillingDate, after.Billing));
            Assert.Equal(2, (await HistoryAsync(Factory, owner, subscription.Id)).Count);
        }

        Assert.Equal("Ada Lovelace", await CustomerNameAsync(business, grace));
        Assert.Equal("Ada Lovelace", await CustomerNameAsync(strangerBusiness, stranger));
    }

    private static string Date(DateTimeOffset at) => at.UtcDateTime.ToString("d MMM yyyy", English);

    private static int CountOf(string text, string html) => Regex.Count(html, Regex.Escape(text));

    private static string PathOf(HttpResponseMessage redirect) => redirect.Headers.Location!.OriginalString;

    private static Dictionary<string, string> BillingForm(string name, string street, string city, string state, string zipcode, string country) => new()
    {
        ["Name"] = name,
        ["Street"] = street,
        ["City"] = city,
        ["State"] = state,
        ["Zipcode"] = zipcode,
        ["Country"] = country,
    };

    private Task<SubscriptionDto> CancelAsync(BusinessId business, string subscriptionId, bool atPeriodEnd) =>
        Factory.SendAsync(s => s.SendAsync(new CancelSubscriptionCommand(business, Mode.Test, subscriptionId, null, SubscriptionActor.Merchant, atPeriodEnd)));

    private async Task<string> CustomerNameAsync(BusinessId business, CustomerId customer) =>
        (await Factory.SendAsync(s => s.QueryAsync(new GetCustomerQuery(business, Mode.Test, customer)))).Name;

    private async Task<(PortalPages Browser, BusinessId Business, CustomerId Customer)> SignedInAsync()
    {
        var (business, customer) = await CustomerWithCardAsync(Factory);
        var (api, _) = await ApiClientAsync(business: business);
        using (api)
        {
            var browser = new PortalPages(Factory);
            await browser.SubmitFormAsync(PortalPages.PathOf(await PortalSessionTests.CreateLinkAsync(api, customer.Value)));
            return (browser, business, customer);
        }
    }
}
