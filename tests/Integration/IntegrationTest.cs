using Portal.BuildingBlocks.Contracts;
using Portal.Modules.Identity.Contracts.ApiKeys;
using Portal.Modules.Identity.Contracts.Businesses;
using Portal.Modules.Identity.Contracts.Customers;
using Portal.Tests.Support;

namespace Portal.Tests.Integration;

/// <summary>Base of the integration tests: a clean database before each test, and the usual setup steps.</summary>
public abstract class IntegrationTest(DatabaseFixture fixture) : IntegrationTest<DatabaseFixture>(fixture);

/// <summary>The same, for test classes whose host needs a fixture of its own (an SMTP server, say).</summary>
public abstract class IntegrationTest<TFixture>(TFixture fixture) : IClassFixture<TFixture>, IAsyncLifetime
    where TFixture : DatabaseFixture
{
    protected TFixture Fixture => fixture;

    protected PortalFactory Factory => fixture.Factory;

    public virtual Task InitializeAsync() => Factory.ResetDatabaseAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    protected Task<BusinessId> CreateBusinessAsync(string name = "Acme Software", string accentColor = "#0f766e", string? supportEmail = "support@acme.example") =>
        Factory.SendAsync(s => s.SendAsync(new CreateBusinessCommand(null, name, accentColor, null, supportEmail)));

    protected Task<string> CreateApiKeyAsync(BusinessId business, Mode mode = Mode.Test) =>
        Factory.SendAsync(s => s.SendAsync(new CreateApiKeyCommand(business, mode, "Test key")));

    protected Task CreateCustomerAsync(BusinessId business, Mode mode, string email, string name) =>
        Factory.SendAsync(s => s.SendAsync(new CreateCustomerCommand(business, mode, email, name, null, null)));

    /// <summary>The sign-in link in the one email the development mailbox holds for this address.</summary>
    protected async Task<string> MailedLinkAsync(string to)
    {
        var text = await Database.ScalarAsync<string>(Factory, $"SELECT text_body FROM host.dev_mailbox_messages WHERE \"to\" = '{to}'");
        return PortalPages.SessionLink().Match(text).Value;
    }

    /// <summary>Signs in to the unified portal the way a customer does: email on the root page, link from the mailbox.</summary>
    private protected async Task<HttpResponseMessage> SignInToUnifiedPortalAsync(PortalPages browser, string email)
    {
        await browser.SubmitFormAsync("/test/", PortalPages.EmailField(email));
        await Factory.DrainAsync();
        return await browser.SubmitFormAsync(PortalPages.PathOf(await MailedLinkAsync(email)));
    }

    /// <summary>A customer (Ada) of a new business with a saved sandbox Visa, signed in to that business's portal.</summary>
    private protected async Task<(PortalPages Browser, BusinessId Business, CustomerId Customer)> SignedInWithCardAsync()
    {
        var (api, business) = await ApiClientAsync();
        var customer = new CustomerId(await CustomersApiTests.CreateCustomerAsync(api, "ada@example.com", "Ada Lovelace"));
        await Billing.BillingArrangement.AddCardAsync(Factory, business, customer);
        var browser = new PortalPages(Factory);
        await browser.SubmitFormAsync(PortalPages.PathOf(await PortalSessionTests.CreateLinkAsync(api, customer.Value)));
        return (browser, business, customer);
    }

    /// <summary>A client of the JSON API authenticated with a new key of a new (or given) business.</summary>
    protected async Task<(HttpClient Client, BusinessId Business)> ApiClientAsync(Mode mode = Mode.Test, BusinessId? business = null)
    {
        var businessId = business ?? await CreateBusinessAsync();
        var client = Factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", await CreateApiKeyAsync(businessId, mode));
        return (client, businessId);
    }
}
