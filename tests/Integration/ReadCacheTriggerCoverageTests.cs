using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.RegularExpressions;
using Npgsql;
using Portal.BuildingBlocks.Contracts.Messaging;
using Portal.BuildingBlocks.Contracts;
using Portal.Modules.Billing.Contracts.Invoices;
using Portal.Modules.Billing.Contracts.PaymentMethods;
using Portal.Modules.Billing.Contracts.Payments;
using Portal.Modules.Identity.Contracts.Customers;
using Portal.Modules.Identity.Contracts.PortalSessions;
using Portal.Modules.Identity.Contracts.Staff;
using Portal.Modules.Licensing.Contracts.LicenseKeys;
using Portal.Modules.Subscriptions.Contracts.PlanChanges;
using Portal.Modules.Subscriptions.Contracts.Subscriptions;
using Portal.Tests.Integration.Licensing;
using Portal.Tests.Integration.Subscriptions;
using Portal.Tests.Support;
using Xunit.Abstractions;

namespace Portal.Tests.Integration;

/// <summary>
/// ADR 0019's one rule that no compiler checks: every table a cached query reads carries the read-change
/// trigger, or a change to it would leave the cached answer stale. Each cached query of every module runs
/// once against a world that has every kind of row; the tables named in the SQL it sent must all have the
/// trigger. A cached query added to a module without being added here fails the first test.
/// </summary>
public sealed partial class ReadCacheTriggerCoverageTests(DatabaseFixture fixture, ITestOutputHelper output) : IntegrationTest(fixture)
{
    [Fact]
    public async Task Every_table_a_cached_query_reads_has_the_read_change_trigger()
    {
        var queries = await CachedQueriesOfAWorldAsync();
        var triggered = await TriggeredTablesAsync();

        var cachedTypes = new[]
            {
                typeof(Portal.Modules.Identity.IdentityModule), typeof(GetPortalAccessQuery),
                typeof(Portal.Modules.Billing.BillingModule), typeof(GetInvoicePdfQuery),
                typeof(Portal.Modules.Subscriptions.SubscriptionsModule), typeof(GetSubscriptionQuery),
                typeof(Portal.Modules.Licensing.LicensingModule), typeof(GetLicenseKeyQuery),
            }
            .SelectMany(t => t.Assembly.GetTypes())
            .Where(t => t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(ICachedQuery<>)))
            .Select(t => t.Name)
            .Order()
            .ToList();
        Assert.Equal(cachedTypes, queries.Select(q => q.Query.GetType().Name).Order().ToList());

        var untriggered = new List<string>();
        foreach (var (query, run) in queries)
        {
            var statements = await StatementsDuringAsync(run);
            var tables = Tables(statements);
            output.WriteLine($"{query.GetType().Name}: {string.Join(", ", tables)}");
            Assert.NotEmpty(tables);
            untriggered.AddRange(Untriggered(statements, triggered).Select(table => $"{query.GetType().Name} reads {table}"));
        }

        Assert.Empty(untriggered);
    }

    /// <summary>The canary: the same check, given a statement that reads a table without the trigger, says so.</summary>
    [Fact]
    public async Task Canary_a_query_reading_an_untriggered_table_is_reported()
    {
        var triggered = await TriggeredTablesAsync();

        var reported = Untriggered(["SELECT c.hits FROM identity.rate_limit_counters AS c JOIN identity.customers AS u ON true"], triggered);

        Assert.Equal(["identity.rate_limit_counters"], reported);
    }

    /// <summary>Every cached query, each with the way to run it, over one business's customer with every kind of row.</summary>
    private async Task<IReadOnlyList<(object Query, Func<Task> Run)>> CachedQueriesOfAWorldAsync()
    {
        var (_, business, customer) = await SignedInWithCardAsync();
        var plan = await LicensingArrangement.LicensedPlanAsync(Factory, business);
        var subscription = await SubscriptionArrangement.SubscribeAsync(Factory, business, customer, plan);
        var bought = await LicensingArrangement.BuyAsync(Factory, business, customer, await LicensingArrangement.LicensedProductAsync(Factory, business));
        await AdminArea.SignInAsync(Factory, business);
        var portalSession = Guid.Parse(await Database.ScalarAsync<string>(Factory, "SELECT id::text FROM identity.portal_sessions LIMIT 1"));
        var staffSession = Guid.Parse(await Database.ScalarAsync<string>(Factory, "SELECT id::text FROM identity.staff_sessions LIMIT 1"));
        const Mode mode = Mode.Test;
        var email = await Database.ScalarAsync<string>(Factory, $"SELECT email FROM identity.customers WHERE id = '{customer.Value}'");
        var customers = new CustomerSet([new BusinessCustomer(business, customer)]);

        (object, Func<Task>) Run<TResult>(ICachedQuery<TResult> query)
        {
            Assert.NotNull(query.ReadScope);
            return (query, () => Factory.SendAsync(s => s.QueryAsync(query)));
        }

        return
        [
            Run(new GetStaffSessionWindowQuery(staffSession)),
            Run(new GetPortalSessionWindowQuery(portalSession, mode)),
            Run(new GetPortalAccessQuery(business, mode, customer)),
            Run(new GetPortalOverviewQuery(business, mode, customer)),
            Run(new ListCustomerLicenseKeysQuery(business, mode, customer)),
            Run(new ListTransactionsQuery(business, mode, customer, 1)),
            Run(new GetInvoicePdfQuery(business, mode, bought.PaymentId, customer, "en")),
            Run(new ListPaymentMethodsQuery(business, mode, customer)),
            Run(new ListPlanOptionsQuery(business, mode, subscription.Id, customer)),
            Run(new ListCustomerSubscriptionsQuery(business, mode, customer, 0, 20)),
            Run(new GetSubscriptionQuery(business, mode, subscription.Id, customer)),
            Run(new ListSubscriptionHistoryQuery(business, mode, subscription.Id, customer)),
            Run(new ListSubscriptionsQuery(business, mode, customer.Value, null, 0, 20)),
            Run(new ListCustomerBusinessesQuery(mode, email)),
            Run(new ListUnifiedSubscriptionsQuery(mode, customers)),
            Run(new ListUnifiedLicenseKeysQuery(mode, customers)),
            Run(new ListUnifiedTransactionsQuery(mode, customers, 0)),
        ];
    }

    /// <summary>The schema-qualified tables the statements read that have no read-change trigger.</summary>
    private static IReadOnlyList<string> Untriggered(IEnumerable<string> statements, IReadOnlySet<string> triggered) =>
        Tables(statements).Where(table => !triggered.Contains(table)).ToList();

    private static IReadOnlyList<string> Tables(IEnumerable<string> statements) =>
        statements.SelectMany(statement => TableReference().Matches(statement))
            .Select(match => $"{match.Groups[1].Value}.{match.Groups[2].Value}".ToLowerInvariant())
            .Where(table => !table.StartsWith("pg_", StringComparison.Ordinal))
            .Distinct()
            .Order()
            .ToList();

    private async Task<IReadOnlySet<string>> TriggeredTablesAsync()
    {
        var tables = await Database.ScalarAsync<string>(Factory, """
            SELECT string_agg(n.nspname || '.' || c.relname, ',')
            FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE t.tgname = 'notify_read_change'
            """);
        return tables.Split(',').ToHashSet();
    }

    /// <summary>The SQL statements this test's database received through Npgsql while <paramref name="run"/> ran.</summary>
    private async Task<IReadOnlyList<string>> StatementsDuringAsync(Func<Task> run)
    {
        var database = new NpgsqlConnectionStringBuilder(Factory.ConnectionString).Database;
        var statements = new ConcurrentQueue<string>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == "Npgsql",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity =>
            {
                if (activity.TagObjects.Any(tag => tag.Value is string value && (value == database || value.Contains($"Database={database}", StringComparison.Ordinal))))
                {
                    statements.Enqueue(string.Join('\n', activity.TagObjects.Select(tag => tag.Value as string).Append(activity.DisplayName)));
                }
            },
        };
        ActivitySource.AddActivityListener(listener);
        await run();
        return [.. statements];
    }

    [GeneratedRegex("""\b(?:from|join)\s+"?([a-z_][a-z0-9_]*)"?\s*\.\s*"?([a-z_][a-z0-9_]*)"?""", RegexOptions.IgnoreCase)]
    private static partial Regex TableReference();
}
