using System.Net;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Portal.Tests.Integration.Licensing;
using Portal.Tests.Integration.Subscriptions;
using Portal.Tests.Support;

namespace Portal.Tests.Integration;

/// <summary>The customer's pages carry personal data and license keys: no browser or proxy may keep a copy.</summary>
public sealed class PortalPageCachingTests(DatabaseFixture fixture) : IntegrationTest(fixture)
{
    [Fact]
    public async Task Every_portal_page_tells_every_cache_not_to_store_it()
    {
        var tiers = await PlanChangeArrangement.TiersAsync(Factory);
        await LicensingArrangement.BuyAsync(Factory, tiers.Business, tiers.Customer, await LicensingArrangement.LicensedProductAsync(Factory, tiers.Business));
        var key = Assert.Single(await LicensingArrangement.KeysAsync(Factory, tiers.Business, tiers.Customer)).Key;
        var paymentId = await Database.ScalarAsync<string>(Factory, "SELECT id FROM billing.payments ORDER BY created_at LIMIT 1");
        var business = await LicensingArrangement.SignInAsync(Factory, tiers.Business, tiers.Customer);
        var unified = new PortalPages(Factory);
        // The purchases emailed Ada too; the sign-in link is then the one email in her mailbox.
        await Database.ExecuteAsync(Factory, "DELETE FROM host.dev_mailbox_messages");
        await SignInToUnifiedPortalAsync(unified, "ada@example.com");
        var subscription = $"/test/portal/subscriptions/{tiers.SubscriptionId}";
        // Each page's route, with what it takes to show it to this customer; the card setups' returns only ever redirect, or are not found.
        var pages = new Dictionary<string, (PortalPages Browser, string Path, HttpStatusCode Status)>
        {
            ["/portal"] = (business, "/test/portal", HttpStatusCode.OK),
            ["/portal/businesses"] = (unified, "/test/portal/businesses", HttpStatusCode.OK),
            ["/portal/history"] = (unified, "/test/portal/history", HttpStatusCode.OK),
            ["/portal/invoices"] = (business, "/test/portal/invoices", HttpStatusCode.OK),
            ["/portal/invoices/{paymentId}/pdf"] = (business, $"/test/portal/invoices/{paymentId}/pdf", HttpStatusCode.OK),
            ["/portal/licenses"] = (business, "/test/portal/licenses", HttpStatusCode.OK),
            ["/portal/licenses/{licenseKeyId}/file"] = (business, $"/test/portal/licenses/{key.Id}/file", HttpStatusCode.OK),
            ["/portal/payment-methods"] = (business, "/test/portal/payment-methods", HttpStatusCode.OK),
            ["/portal/payment-methods/stripe-return"] = (business, "/test/portal/payment-methods/stripe-return?session_id=cs_test_unknown", HttpStatusCode.Redirect),
            ["/portal/payment-methods/sandbox-return"] = (business, "/test/portal/payment-methods/sandbox-return?setup_intent=seti_sandbox_unknown", HttpStatusCode.NotFound),
            ["/portal/profile"] = (business, "/test/portal/profile", HttpStatusCode.OK),
            ["/portal/subscriptions"] = (business, "/test/portal/subscriptions", HttpStatusCode.OK),
            ["/portal/subscriptions/{subscriptionId}"] = (business, subscription, HttpStatusCode.OK),
            ["/portal/subscriptions/{subscriptionId}/billing"] = (business, $"{subscription}/billing", HttpStatusCode.OK),
            ["/portal/subscriptions/{subscriptionId}/cancel"] = (business, $"{subscription}/cancel", HttpStatusCode.OK),
            ["/portal/subscriptions/{subscriptionId}/change-plan"] = (business, $"{subscription}/change-plan?product={tiers.Pro.Id}", HttpStatusCode.OK),
            ["/portal/subscriptions/{subscriptionId}/payment-method"] = (business, $"{subscription}/payment-method", HttpStatusCode.OK),
        };

        Assert.Equal(PortalRoutes().Order(StringComparer.Ordinal), pages.Keys.Order(StringComparer.Ordinal));
        var answers = new List<string>();
        foreach (var (route, (browser, path, status)) in pages)
        {
            var (response, _) = await browser.GetAsync(path);
            if (response.StatusCode != status || response.Headers.CacheControl?.NoStore != true)
            {
                answers.Add($"{route}: {(int)response.StatusCode}, Cache-Control: {response.Headers.CacheControl}");
            }
        }

        Assert.Empty(answers);
    }

    /// <summary>Every page the host serves from the Portal folder, so a new page cannot be left out of the test.</summary>
    private IEnumerable<string> PortalRoutes() =>
        Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<CompiledPageActionDescriptor>()?.ViewEnginePath.StartsWith("/Portal/", StringComparison.Ordinal) == true)
            .Select(e => "/" + e.RoutePattern.RawText!.TrimStart('/'))
            .Distinct();
}
