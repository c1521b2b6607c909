using Portal.Modules.Identity.Contracts.ApiKeys;

namespace Portal.Host.Demo;

/// <summary>
/// The demo world the run command starts with, the same on every machine (README, "Demo data"). It is
/// made through the same commands as real data, and only what is missing is added, so it can run at
/// every start. Each start prints a fresh test-mode API key and sign-in link.
/// </summary>
internal sealed class DemoData(ISender sender, PortalLinks urls, TimeProvider time)
{
    public static readonly BusinessId Acme = new("bus_acmedemo0001");
    public static readonly BusinessId Globex = new("bus_globexdemo01");
    public const string AdminEmail = "admin@acme.example";
    public const string AdminPassword = "demo-password-123";
    public const string OperatorEmail = "ops@portal.example";
    public const string OperatorPassword = "demo-operator-123";
    public const string SharedCustomerEmail = "ada@example.com";

    private static readonly (string Email, string Name, string? Phone)[] AcmeCustomers =
    [
        (SharedCustomerEmail, "Ada Lovelace", "+44 20 7946 0001"),
        ("grace@example.com", "Grace Hopper", null),
        ("alan@example.com", "Alan Turing", "+44 20 7946 0003"),
    ];

    /// <summary>
    /// Stops a host that would seed outside Development before it starts: the demo's admin password is
    /// public, and each start prints a live-looking API key and sign-in link to the terminal.
    /// </summary>
    public static void RefuseOutsideDevelopment(IHostEnvironment environment, IConfiguration configuration)
    {
        if (configuration.GetValue("Demo:Seed", defaultValue: false) && !environment.IsDevelopment())
        {
            throw new InvalidOperationException(
                $"Demo:Seed is true in the {environment.EnvironmentName} environment. The demo data includes an admin account whose password is published in the README, so it is seeded only in Development: set Demo:Seed to false.");
        }
    }

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        await EnsureBusinessAsync(Acme, "Acme Software", "#0f766e", "support@acme.example", cancellationToken);
        await EnsureBusinessAsync(Globex, "Globex Studio", "#b45309", "help@globex.example", cancellationToken);
        await EnsureAdminAsync(cancellationToken);
        await EnsureOperatorAsync(cancellationToken);

        var testCustomers = new Dictionary<string, CustomerId>();
        foreach (var mode in new[] { Mode.Test, Mode.Live })
        {
            foreach (var (email, name, phone) in AcmeCustomers)
            {
                var customer = await sender.SendAsync(new CreateCustomerCommand(Acme, mode, email, name, phone, null), cancellationToken);
                if (mode == Mode.Test)
                {
                    testCustomers[email] = customer.CustomerId;
                }
            }

            // The same person buys from a second business: the unified portal shows both.
            await sender.SendAsync(new CreateCustomerCommand(Globex, mode, SharedCustomerEmail, "Ada Lovelace", null, null), cancellationToken);
        }

        var ada = testCustomers[SharedCustomerEmail];
        var grace = testCustomers["grace@example.com"];
        await DemoBilling.SeedAsync(sender, Acme, ada, grace, time.GetUtcNow().Year + 3, cancellationToken);
        await DemoSubscriptions.SeedAsync(sender, Acme, ada, grace, cancellationToken);

        var apiKey = await sender.SendAsync(new CreateApiKeyCommand(Acme, Mode.Test, $"Demo key {time.GetUtcNow():yyyy-MM-dd HH:mm}"), cancellationToken);
        var link = await sender.SendAsync(new CreatePortalSessionCommand(Acme, Mode.Test, ada, null), cancellationToken);
        var testBase = urls.BaseFor(Mode.Test).AbsoluteUri.TrimEnd('/');

        // Printed to the terminal of whoever ran the demo, never to the logs: the key and link are secrets.
        Console.WriteLine($"""

            ─── Portal demo is ready ───────────────────────────────────────────────
            Business (test and live):  {Acme}  "Acme Software"
            Test-mode API key:         {apiKey}
            Dynamic link for Ada:      {link.Link}
                                       (test mode, one use, valid 24 h; Ada has two cards, an
                                       active Pro plan with 3 invoices, a cancelled Starter and a
                                       failed payment; Grace's Business plan is on hold with dues)
            Static login link (test):  {testBase}/login/{Acme}
                                       (type ada@example.com, then open the link in the mailbox)
            Development mailbox:       {testBase}/dev/mailbox
            Admin sign-in:             {urls.Live.AbsoluteUri.TrimEnd('/')}/admin/login
                                       {AdminEmail} / {AdminPassword}  (owner)
            Operator sign-in:          {urls.Live.AbsoluteUri.TrimEnd('/')}/ops/login
                                       {OperatorEmail} / {OperatorPassword}
                                       (businesses, onboarding, the jobs dashboard)
            ────────────────────────────────────────────────────────────────────────
            """);
    }

    private async Task EnsureBusinessAsync(BusinessId id, string name, string color, string supportEmail, CancellationToken cancellationToken)
    {
        try
        {
            await sender.SendAsync(new CreateBusinessCommand(id, name, color, null, supportEmail), cancellationToken);
        }
        catch (DomainException exception) when (exception.Error.Code == "BUSINESS_EXISTS")
        {
            // Seeded by an earlier start.
        }
    }

    /// <summary>The demo's operator, made as a real one is (a set-password link) and given the demo password at once.</summary>
    private async Task EnsureOperatorAsync(CancellationToken cancellationToken)
    {
        try
        {
            var token = await sender.SendAsync(new CreateOperatorCommand(OperatorEmail, "Demo operator", CanManageJobs: true), cancellationToken);
            await sender.SendAsync(new SetStaffPasswordCommand(token, OperatorPassword), cancellationToken);
        }
        catch (DomainException exception) when (exception.Error.Code == "OPERATOR_EXISTS")
        {
            // Seeded by an earlier start.
        }
    }

    private async Task EnsureAdminAsync(CancellationToken cancellationToken)
    {
        try
        {
            await sender.SendAsync(new CreateMerchantUserCommand(Acme, AdminEmail, "Acme Admin", AdminPassword), cancellationToken);
        }
        catch (DomainException exception) when (exception.Error.Code == "MERCHANT_USER_EXISTS")
        {
            // Seeded by an earlier start.
        }
    }
}
