using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Portal.BuildingBlocks.Contracts;
using Portal.BuildingBlocks.Infrastructure.Outbox;
using Portal.Modules.Identity.Contracts.ApiKeys;
using Portal.Modules.Identity.Contracts.Businesses;
using Portal.Modules.Identity.Contracts.Customers;
using Portal.Modules.Subscriptions.Contracts.Products;
using Portal.Tests.Support;

namespace Portal.Tests.Integration;

/// <summary>
/// The official Dodo Payments SDK (npm <c>dodopayments</c>, pinned in tests/Compatibility/package.json)
/// against the real host on a loopback port: node's test runner runs tests/Compatibility/*.test.mjs and
/// this test passes only when every one of them does.
/// </summary>
public sealed partial class DodoSdkCompatibilityTests(KestrelDatabaseFixture fixture) : IClassFixture<KestrelDatabaseFixture>
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    private PortalFactory Factory => fixture.Factory;

    [Fact]
    public async Task The_official_sdk_drives_customers_portal_sessions_payment_methods_payments_invoices_subscriptions_licenses_and_webhooks()
    {
        var root = RepositoryRoot();
        var compatibility = Path.Combine(root, "tests", "Compatibility");
        Assert.True(
            Directory.Exists(Path.Combine(compatibility, "node_modules", "dodopayments")),
            $"The SDK is not installed: run `npm ci` in {compatibility} (scripts/test does).");

        var business = await Factory.SendAsync(s => s.SendAsync(new CreateBusinessCommand(null, "Acme Software", "#0f766e", null, "support@acme.example")));
        var apiKey = await Factory.SendAsync(s => s.SendAsync(new CreateApiKeyCommand(business, Mode.Test, "SDK compatibility")));

        // Charges have no public endpoint (other modules ask Billing for them): a paying customer is arranged here.
        var customer = await Factory.SendAsync(s => s.SendAsync(new CreateCustomerCommand(business, Mode.Test, "sdk.payer@example.com", "Ada Payer", null, null)));
        var declining = await Billing.BillingArrangement.AddCardAsync(Factory, business, customer.CustomerId, Billing.BillingArrangement.ChargesFail, makeDefault: false);
        await Billing.BillingArrangement.AddCardAsync(Factory, business, customer.CustomerId);
        var paid = await Billing.BillingArrangement.ChargeAsync(Factory, Billing.BillingArrangement.Charge(business, customer.CustomerId, "sdk-paid", unitAmount: 1_250, quantity: 2));
        var failed = await Billing.BillingArrangement.ChargeAsync(
            Factory, Billing.BillingArrangement.Charge(business, customer.CustomerId, "sdk-failed", paymentMethodId: declining.PaymentMethodId));

        // Products have no public endpoint to create them (merchants make them in the admin pages).
        var monthly = await Subscriptions.ProductArrangement.CreateAsync(
            Factory, business, new ProductInput("SDK Pro", null, "subscription", 1_250, "EUR", 2_200, "month", 1, 12, true, 3, 365));
        var oneTime = await Subscriptions.ProductArrangement.CreateAsync(Factory, business, Subscriptions.ProductArrangement.OneTime("SDK e-book", 1_000, "JPY"));
        var archived = await Subscriptions.ProductArrangement.CreateAsync(Factory, business, Subscriptions.ProductArrangement.OneTime("SDK retired"));
        await Subscriptions.ProductArrangement.ArchiveAsync(Factory, business, archived.Id);
        var collection = await Subscriptions.ProductArrangement.CreateCollectionAsync(Factory, business, "SDK tiers", [oneTime.Id, monthly.Id]);

        // Plan changes: a business of their own (the product lists above stay as they are), two tiers, updates allowed.
        var plans = await Factory.SendAsync(s => s.SendAsync(new CreateBusinessCommand(null, "Acme Plans", "#0f766e", null, "support@plans.example")));
        var plansKey = await Factory.SendAsync(s => s.SendAsync(new CreateApiKeyCommand(plans, Mode.Test, "SDK plan changes")));
        var basic = await Subscriptions.ProductArrangement.CreateAsync(Factory, plans, Subscriptions.ProductArrangement.Monthly("SDK Basic", 1_000));
        var team = await Subscriptions.ProductArrangement.CreateAsync(Factory, plans, Subscriptions.ProductArrangement.Monthly("SDK Team", 4_000));
        await Subscriptions.ProductArrangement.CreateCollectionAsync(Factory, plans, "SDK plans", [basic.Id, team.Id]);
        await Subscriptions.PlanChangeArrangement.AllowAsync(Factory, plans, allow: true);

        // License keys: a business of their own, where a customer with a card bought a product with keys (limit 2).
        var licensing = await Factory.SendAsync(s => s.SendAsync(new CreateBusinessCommand(null, "Acme Licenses", "#0f766e", null, "support@licenses.example")));
        var licensingKey = await Factory.SendAsync(s => s.SendAsync(new CreateApiKeyCommand(licensing, Mode.Test, "SDK licenses")));
        var licensee = (await Factory.SendAsync(s => s.SendAsync(new CreateCustomerCommand(licensing, Mode.Test, "sdk.licensee@example.com", "Ada Licensee", null, null)))).CustomerId;
        await Billing.BillingArrangement.AddCardAsync(Factory, licensing, licensee);
        var desktop = await Licensing.LicensingArrangement.LicensedProductAsync(Factory, licensing, activationLimit: 2, name: "SDK Desktop");
        await Licensing.LicensingArrangement.BuyAsync(Factory, licensing, licensee, desktop);
        var license = Assert.Single(await Licensing.LicensingArrangement.KeysAsync(Factory, licensing, licensee)).Key;

        // Webhooks: a business of its own with two tiers, whose events the host relays and delivers in the background.
        var hooks = await Factory.SendAsync(s => s.SendAsync(new CreateBusinessCommand(null, "Acme Hooks", "#0f766e", null, "support@hooks.example")));
        var hooksKey = await Factory.SendAsync(s => s.SendAsync(new CreateApiKeyCommand(hooks, Mode.Test, "SDK webhooks")));
        var hooksBasic = await Subscriptions.ProductArrangement.CreateAsync(Factory, hooks, Subscriptions.ProductArrangement.Monthly("Hooks Basic", 1_000));
        var hooksTeam = await Subscriptions.ProductArrangement.CreateAsync(Factory, hooks, Subscriptions.ProductArrangement.Monthly("Hooks Team", 4_000));
        await Subscriptions.ProductArrangement.CreateCollectionAsync(Factory, hooks, "Hooks plans", [hooksBasic.Id, hooksTeam.Id]);
        await Subscriptions.PlanChangeArrangement.AllowAsync(Factory, hooks, allow: true);

        using var stopRelaying = new CancellationTokenSource();
        var relaying = RelayWhileNodeRunsAsync(stopRelaying.Token);
        var run = await RunNodeTestsAsync(root, new Dictionary<string, string>
        {
            ["PORTAL_HOOKS_API_KEY"] = hooksKey,
            ["PORTAL_HOOKS_BUSINESS_ID"] = hooks.Value,
            ["PORTAL_HOOKS_BASIC_ID"] = hooksBasic.Id,
            ["PORTAL_HOOKS_TEAM_ID"] = hooksTeam.Id,
            ["PORTAL_LICENSES_API_KEY"] = licensingKey,
            ["PORTAL_LICENSE_KEY"] = license.Key,
            ["PORTAL_LICENSE_KEY_ID"] = license.Id,
            ["PORTAL_LICENSE_CUSTOMER_ID"] = licensee.Value,
            ["PORTAL_LICENSE_PRODUCT_ID"] = desktop.Id,
            ["PORTAL_PLANS_API_KEY"] = plansKey,
            ["PORTAL_BASIC_PRODUCT_ID"] = basic.Id,
            ["PORTAL_TEAM_PRODUCT_ID"] = team.Id,
            ["PORTAL_BASE_URL"] = Factory.BaseAddress.AbsoluteUri,
            ["PORTAL_API_KEY"] = apiKey,
            ["PORTAL_PAYER_ID"] = customer.CustomerId.Value,
            ["PORTAL_PAID_PAYMENT_ID"] = paid.PaymentId,
            ["PORTAL_FAILED_PAYMENT_ID"] = failed.PaymentId,
            ["PORTAL_PRODUCT_ID"] = monthly.Id,
            ["PORTAL_ONE_TIME_PRODUCT_ID"] = oneTime.Id,
            ["PORTAL_ARCHIVED_PRODUCT_ID"] = archived.Id,
            ["PORTAL_PRODUCT_COLLECTION_ID"] = collection.Id,
        });

        await stopRelaying.CancelAsync();
        await relaying;
        Assert.True(run.ExitCode == 0, $"`node --test tests/Compatibility/*.test.mjs` exited with {run.ExitCode}:\n{run.Report}");
        // Guards against a runner that found nothing to run (an empty run also exits 0).
        Assert.True(PassedCount().Match(run.Stdout) is { Success: true } passed && int.Parse(passed.Groups[1].Value, CultureInfo.InvariantCulture) > 0, $"node ran no test:\n{run.Report}");
        Assert.True(FailedNone().IsMatch(run.Stdout), $"node reported failures:\n{run.Report}");

        // send_email=true, as the SDK sends it, emailed the link (the development mailbox stands in for SMTP).
        await Factory.DrainAsync();
        Assert.Equal(1L, await Database.ScalarAsync<long>(Factory, "SELECT count(*) FROM host.dev_mailbox_messages WHERE \"to\" = 'sdk.send-email@example.com'"));
    }

    /// <summary>
    /// Relays outboxes and runs jobs while node runs, as the host's background services would (they are off
    /// in tests): woken by each save that writes an outbox, like the relay, so the webhook receiver of
    /// webhooks.test.mjs gets its deliveries without any test step draining for it.
    /// </summary>
    private async Task RelayWhileNodeRunsAsync(CancellationToken stop)
    {
        var signal = Factory.Services.GetRequiredService<OutboxSignal>();
        while (!stop.IsCancellationRequested)
        {
            await Factory.DrainAsync();
            try
            {
                await signal.WaitAsync(TimeSpan.FromMilliseconds(200), stop);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    [GeneratedRegex(@"(?m)^# pass (\d+)$")]
    private static partial Regex PassedCount();

    [GeneratedRegex(@"(?m)^# fail 0$")]
    private static partial Regex FailedNone();

    private static async Task<NodeRun> RunNodeTestsAsync(string root, IReadOnlyDictionary<string, string> environment)
    {
        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        // `node --test tests/Compatibility/`, with the files named one by one: node 20 searches a directory
        // argument, node 21+ takes it as a glob that matches the directory itself and fails. The TAP
        // reporter prints the "# pass N" / "# fail N" summary read above, whatever the terminal.
        var testFiles = Directory.GetFiles(Path.Combine(root, "tests", "Compatibility"), "*.test.mjs")
            .Select(file => Path.GetRelativePath(root, file))
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.NotEmpty(testFiles);
        foreach (var argument in (string[])["--test", "--test-reporter=tap", .. testFiles])
        {
            start.ArgumentList.Add(argument);
        }

        // The SDK would otherwise pick these up ahead of the options the tests pass.
        start.Environment.Remove("DODO_PAYMENTS_API_KEY");
        start.Environment.Remove("DODO_PAYMENTS_BASE_URL");
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Start(start);
        var note = string.Empty;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(Timeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            note = $"node did not finish within {Timeout.TotalSeconds} s and was killed.";
        }

        return new NodeRun(process.ExitCode, await stdout, await stderr, note);
    }

    private static Process Start(ProcessStartInfo start)
    {
        try
        {
            return Process.Start(start) ?? throw new InvalidOperationException("Could not start node.");
        }
        catch (System.ComponentModel.Win32Exception exception)
        {
            throw new InvalidOperationException("node (20 or later) is not on PATH; the SDK compatibility test needs it.", exception);
        }
    }

    /// <summary>
    /// What node printed, each line behind a bar: in a failure message its "# pass"/"# fail" lines must
    /// not look like a test runner's own summary to whoever reads the dotnet test output.
    /// </summary>
    private sealed record NodeRun(int ExitCode, string Stdout, string Stderr, string Note)
    {
        public string Report
        {
            get
            {
                var report = new StringBuilder();
                if (Note.Length > 0)
                {
                    report.AppendLine(Note);
                }

                Append("stdout", Stdout);
                Append("stderr", Stderr);
                return report.ToString();

                void Append(string name, string text)
                {
                    report.AppendLine(CultureInfo.InvariantCulture, $"--- node {name} ---");
                    foreach (var line in text.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n'))
                    {
                        report.Append("  | ").AppendLine(line);
                    }
                }
            }
        }
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Portal.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"Portal.sln not found above {AppContext.BaseDirectory}.");
    }
}
